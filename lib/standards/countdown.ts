/**
 * Live countdowns to the response standard that applies to a ticket: pure, so the panel, the
 * badge and the alarms all compute the same thing from the same snapshot, packs and clock.
 *
 * States, in precedence order:
 * - `met`: the metric's stopping event happened (a reply, the ticket solved).
 * - `breached`: now is at or past the due instant (Zendesk's breach instant: the first instant
 *   the target is exceeded). A breach stays shown as such overnight and while paused.
 * - `paused`: the business clock stands still, because now is outside the calendar's hours
 *   (`pausedUntil` is the next opening) or the ticket's status is one the standard pauses on
 *   (`pausedByStatus`). A snapshot carries the status but not when it changed, so time spent
 *   earlier in a pausing status is counted as running time.
 * - `warning`: at most `warnBeforeMs` of business time is left. Without a `warnBefore` in the
 *   pack, the warning comes at a quarter of the target, never more than an hour ahead.
 * - `on-track`.
 * A discretion standard never warns, breaches or pauses: it is `on-track` or `met`, and the
 * agent reads `elapsedMs` against the charter's guidance.
 */
import { durationMs } from '../packs/duration';
import type { Calendar } from '../packs/calendar-schema';
import type { Metric, Standard, StandardTarget } from '../packs/standards-schema';
import type { TicketStatus } from '../ticket/fields';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { CustomerFacts } from '../conditions/evaluate';
import { metricClock, ticketEvents, type TicketEvents } from './countdown-clock';
import { timeTarget } from './countdown-timing';
import { applicableStandard, targetsFor } from './policy';

export type CountdownState = 'on-track' | 'warning' | 'breached' | 'met' | 'paused';

export interface Countdown {
  standardId: string;
  metric: Metric;
  kind: Standard['kind'];
  /** When the clock started; Touchpoint's first sight of the ticket when `approximate`. */
  startedAt: string;
  dueAt: string;
  targetMs: number;
  /** Business time used so far (plain elapsed time for a standard without a calendar). */
  elapsedMs: number;
  /**
   * Target minus business time used: negative once breached. Once `met`, the clock stopped at an
   * instant the snapshot does not carry (it holds only the latest reply), so the time figures of
   * a met countdown are counted to now and are not for display.
   */
  businessMsLeft: number;
  /** From now to `dueAt` on the wall clock, as Zendesk's badge counts: negative once breached. */
  calendarMsLeft: number;
  state: CountdownState;
  /** Wall-clock time since the due instant, when breached. */
  breachedForMs?: number;
  /** The next opening, when now is outside the calendar's hours. */
  pausedUntil?: string;
  /** The ticket's status, when the standard pauses on it. */
  pausedByStatus?: TicketStatus;
  /** The start instant was not on the page: the clock started when Touchpoint first saw the ticket. */
  approximate: boolean;
  warnBeforeMs: number;
}

export interface CountdownInputs {
  ticket: TicketSnapshot;
  /** The loaded standards, in the order they are tried. */
  standards: readonly Standard[];
  calendars: readonly Calendar[];
  /** Epoch milliseconds. */
  now: number;
  /** When Touchpoint first saw this ticket (ISO 8601): the fallback start of an unknown clock. */
  firstSeenAt: string;
  customer?: CustomerFacts;
}

export interface CountdownResult {
  /** The standard that applies; absent when none matches. */
  standard?: Standard;
  countdowns: Countdown[];
  /** Set when the standard names a calendar that is not loaded: it cannot be timed, so nothing is shown. */
  missingCalendarId?: string;
}

const maxDefaultWarningMs = 3_600_000;

function warningLeadOf(target: StandardTarget, targetMs: number): number {
  const written = target.warnBefore === undefined ? undefined : durationMs(target.warnBefore);
  return written ?? Math.min(targetMs / 4, maxDefaultWarningMs);
}

/** The first that holds of: met, breached, discretion (never more than on track), paused, warning. */
function stateOf(facts: {
  isMet: boolean;
  isBreached: boolean;
  isDiscretion: boolean;
  isPaused: boolean;
  isWarning: boolean;
}): CountdownState {
  if (facts.isMet) return 'met';
  if (facts.isBreached) return 'breached';
  if (facts.isDiscretion) return 'on-track';
  if (facts.isPaused) return 'paused';
  return facts.isWarning ? 'warning' : 'on-track';
}

function countdownFor(
  standard: Standard,
  target: StandardTarget,
  calendar: Calendar | undefined,
  events: TicketEvents,
  { ticket, now }: CountdownInputs,
): Countdown | undefined {
  const clock = metricClock(target.metric, events);
  const targetMs = durationMs(target.within);
  if (clock.phase === 'none' || targetMs === undefined) return undefined;
  const { dueAt, elapsedMs, pausedUntil } = timeTarget(calendar, clock.startedAt.ms, targetMs, now);
  const warnBeforeMs = warningLeadOf(target, targetMs);
  const businessMsLeft = targetMs - elapsedMs;
  const pausedByStatus =
    ticket.status !== undefined && standard.pauseWhen?.includes(ticket.status) ? ticket.status : undefined;
  const isBreached = now >= dueAt && standard.kind !== 'discretion';
  const countdown: Countdown = {
    standardId: standard.id,
    metric: target.metric,
    kind: standard.kind,
    startedAt: clock.startedAt.iso,
    dueAt: new Date(dueAt).toISOString(),
    targetMs,
    elapsedMs,
    businessMsLeft,
    calendarMsLeft: dueAt - now,
    state: stateOf({
      isMet: clock.phase === 'met',
      isBreached,
      isDiscretion: standard.kind === 'discretion',
      isPaused: pausedUntil !== undefined || pausedByStatus !== undefined,
      isWarning: businessMsLeft <= warnBeforeMs,
    }),
    approximate: clock.approximate,
    warnBeforeMs,
  };
  if (countdown.state === 'breached') countdown.breachedForMs = now - dueAt;
  if (pausedUntil !== undefined) countdown.pausedUntil = new Date(pausedUntil).toISOString();
  if (pausedByStatus) countdown.pausedByStatus = pausedByStatus;
  return countdown;
}

/** Breached first, then running clocks by least business time left, then discretion, then met. */
function urgencyRank(countdown: Countdown): number {
  if (countdown.state === 'met') return 3;
  if (countdown.state === 'breached') return 0;
  return countdown.kind === 'discretion' ? 2 : 1;
}

export function byUrgency(a: Countdown, b: Countdown): number {
  return (
    urgencyRank(a) - urgencyRank(b) ||
    a.businessMsLeft - b.businessMsLeft ||
    a.calendarMsLeft - b.calendarMsLeft
  );
}

/**
 * The standard that applies to the ticket and a countdown for each of its targets that is
 * running or met, most urgent first. No standard matching means no countdown: a target is never
 * made up.
 */
export function countdownsFor(inputs: CountdownInputs): CountdownResult {
  const standard = applicableStandard(inputs.standards, inputs.ticket, inputs.customer);
  if (!standard) return { countdowns: [] };
  const calendar =
    standard.calendarId === undefined
      ? undefined
      : inputs.calendars.find((candidate) => candidate.id === standard.calendarId);
  if (standard.calendarId !== undefined && !calendar) {
    return { standard, countdowns: [], missingCalendarId: standard.calendarId };
  }
  const events = ticketEvents(inputs.ticket, inputs.firstSeenAt);
  const countdowns = targetsFor(standard, inputs.ticket)
    .map((target) => countdownFor(standard, target, calendar, events, inputs))
    .filter((countdown) => countdown !== undefined)
    .sort(byUrgency);
  return { standard, countdowns };
}
