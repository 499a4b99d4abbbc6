/**
 * How much of a target is used, and when it falls due, on a business-hours calendar or, for a
 * standard without one, in plain elapsed time (design.md: no calendar means calendar hours).
 */
import type { Calendar } from '../packs/calendar-schema';
import { addBusinessTime, businessTimeBetween, isWithinHours, nextOpening } from './calendar';

export interface TargetTiming {
  /** The first instant the target is exceeded (Zendesk's breach instant, zendesk/biz `after`). */
  dueAt: number;
  /** Business time used from the start to now; 0 when the start is still ahead. */
  elapsedMs: number;
  /** The next opening, when now is outside the calendar's hours and the business clock stands still. */
  pausedUntil?: number;
}

/**
 * Whether each calendar is open at the last instant asked about, and when it opens next: every
 * countdown of a queue asks the same question at the same tick.
 */
const pausesAt = new WeakMap<Calendar, { at: number; pausedUntil: number | undefined }>();

function pausedUntilOf(calendar: Calendar, now: number): number | undefined {
  const known = pausesAt.get(calendar);
  if (known?.at === now) return known.pausedUntil;
  const pausedUntil = isWithinHours(calendar, new Date(now))
    ? undefined
    : nextOpening(calendar, new Date(now)).getTime();
  pausesAt.set(calendar, { at: now, pausedUntil });
  return pausedUntil;
}

export function timeTarget(
  calendar: Calendar | undefined,
  startedAt: number,
  targetMs: number,
  now: number,
): TargetTiming {
  if (!calendar) {
    return { dueAt: startedAt + targetMs, elapsedMs: Math.max(0, now - startedAt) };
  }
  const timing: TargetTiming = {
    dueAt: addBusinessTime(calendar, new Date(startedAt), targetMs).getTime(),
    elapsedMs: businessTimeBetween(calendar, new Date(startedAt), new Date(now)),
  };
  const pausedUntil = pausedUntilOf(calendar, now);
  if (pausedUntil !== undefined) timing.pausedUntil = pausedUntil;
  return timing;
}
