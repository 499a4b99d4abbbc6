import type { ActivityEvent } from './activity-event';
import { dailySeries, type DailyPoint } from './daily-series';
import { dayFigures, type DayFigures } from './figures';
import { lastLocalDays, spanOf } from './local-days';
import type { StandardOutcome } from './standard-outcome';

/** The ranges the "My day" view offers. */
export const viewSpans = { today: 1, '7-days': 7, '30-days': 30 } as const;
export type ViewSpan = keyof typeof viewSpans;

export interface ActivityView {
  range: { from: number; to: number; timeZone: string };
  figures: DayFigures;
  series: DailyPoint[];
}

/**
 * Everything the "My day" view shows for the last `days` local days (today included): the
 * figures over the whole span and the per-day series for the plots, over the same day boundaries.
 * The range ends at the end of today, so an event recorded later today falls in it too.
 */
export function activityView(input: {
  events: readonly ActivityEvent[];
  outcomes: readonly StandardOutcome[];
  now: number;
  days: number;
  timeZone: string;
}): ActivityView {
  const localDays = lastLocalDays(input.now, input.days, input.timeZone);
  const { from, to } = spanOf(localDays);
  return {
    range: { from, to, timeZone: input.timeZone },
    figures: dayFigures({ events: input.events, outcomes: input.outcomes, from, to }),
    series: dailySeries({ ...input, localDays }),
  };
}
