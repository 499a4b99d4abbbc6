import type { ActivityEvent } from './activity-event';
import { dayIndexOf, dayStarts, lastLocalDays, type LocalDay } from './local-days';
import { decisiveInstant } from './outcome-instant';
import type { StandardOutcome } from './standard-outcome';

/** One day's counts, for the "My day" plots. */
export interface DailyPoint extends LocalDay {
  met: number;
  breached: number;
  snippetsInserted: number;
  searchesEmpty: number;
  offersShown: number;
  offersAccepted: number;
  offersDeclined: number;
  offersNotRelevant: number;
}

export interface SeriesInput {
  events: readonly ActivityEvent[];
  outcomes: readonly StandardOutcome[];
  /** The instant "today" is read from. */
  now: number;
  /** How many days to plot, ending today: 1, 7, 30 … */
  days: number;
  /** The agent's IANA time zone: days start at its local midnight. */
  timeZone: string;
  /** The days, when the caller already has them (activity-view.ts); must match the three above. */
  localDays?: readonly LocalDay[];
}

/**
 * Per-day counts over the last `days` local days, oldest first, every day present (a quiet day
 * is a row of zeros, so a plot keeps its time axis). Outcomes count on the day of their decisive
 * instant (outcome-instant.ts). One pass over each list; each record finds its day by a binary
 * search over precomputed boundaries, without a Date or Intl call.
 */
export function dailySeries({ events, outcomes, now, days, timeZone, localDays }: SeriesInput): DailyPoint[] {
  const calendar = localDays ?? lastLocalDays(now, days, timeZone);
  const points: DailyPoint[] = calendar.map((day) => ({
    date: day.date,
    from: day.from,
    to: day.to,
    met: 0,
    breached: 0,
    snippetsInserted: 0,
    searchesEmpty: 0,
    offersShown: 0,
    offersAccepted: 0,
    offersDeclined: 0,
    offersNotRelevant: 0,
  }));
  const starts = dayStarts(calendar);

  for (const outcome of outcomes) {
    const point = points[dayIndexOf(decisiveInstant(outcome), starts)];
    if (!point) continue;
    if (outcome.outcome === 'met') point.met += 1;
    else point.breached += 1;
  }
  for (const event of events) {
    if (event.kind !== 'snippet-inserted' && event.kind !== 'offer' && event.kind !== 'search-empty')
      continue;
    const point = points[dayIndexOf(event.at, starts)];
    if (!point) continue;
    if (event.kind === 'snippet-inserted') point.snippetsInserted += 1;
    else if (event.kind === 'search-empty') point.searchesEmpty += 1;
    else if (event.answer === 'shown') point.offersShown += 1;
    else if (event.answer === 'accepted') point.offersAccepted += 1;
    else if (event.answer === 'declined') point.offersDeclined += 1;
    else point.offersNotRelevant += 1;
  }
  return points;
}
