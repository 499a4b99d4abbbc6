/**
 * Business-time arithmetic over a pack calendar, following zendesk/biz (see
 * shared/research/response-standards.md §3): open hours are half-open `[open, close)` in the
 * calendar's zone, and each walk goes day by day over open stretches, never minute by minute.
 *
 * Boundary rules, pinned by test/standards/calendar*.test.ts:
 * - `addBusinessTime` answers the first instant the budget is exceeded, which is how Zendesk
 *   times a breach: a budget that runs out exactly at a closing time is due at the next opening,
 *   and adding 0 outside hours gives the next opening.
 * - `subtractBusinessTime` mirrors it: subtracting 0 outside hours gives the most recent closing
 *   time (the end of the last business time before `end`), and a budget that runs out exactly at
 *   an opening time answers that opening, the start of the last stretch used, not the close
 *   before it. So `subtract(add(t, ms), ms)` is `t` for any `t` within hours.
 */
import type { Calendar } from '../packs/calendar-schema';
import { dayMs, openSpansOf } from './calendar-days';

/**
 * How far a walk looks for open hours before deciding the calendar has none: a year of holidays
 * is plausible (a team stood down), five is a mistake in the pack, and looping on it would hang.
 */
const searchLimitYears = 5;
const searchLimitDays = searchLimitYears * 366;

/**
 * A walk may start from the UTC day number: a local date is never more than one day away from
 * the UTC date of the same instant, because zone offsets stay within ±14 hours.
 */
function utcDayOf(instant: number): number {
  return Math.floor(instant / dayMs);
}

function instantOf(date: Date, operation: string): number {
  const instant = date.getTime();
  if (Number.isNaN(instant)) throw new RangeError(`${operation} was given an invalid Date`);
  return instant;
}

function checkDuration(ms: number, operation: string): void {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`${operation} needs a finite duration of 0 ms or more, got ${ms}`);
  }
}

function noHoursError(calendar: Calendar, direction: 'after' | 'before', instant: number): RangeError {
  return new RangeError(
    `calendar "${calendar.id}" has no open hours in the ${searchLimitYears} years ${direction} ${new Date(instant).toISOString()}`,
  );
}

/** Walks forward from `from`, spending `ms` of open time; answers the first instant past the budget. */
function walkForward(calendar: Calendar, from: number, ms: number): number {
  const spansOn = openSpansOf(calendar);
  let remaining = ms;
  let lastOpenDay = utcDayOf(from);
  for (let day = utcDayOf(from) - 1; day - lastOpenDay <= searchLimitDays; day++) {
    for (const [open, close] of spansOn(day)) {
      if (close <= from) continue;
      const begin = Math.max(open, from);
      if (remaining < close - begin) return begin + remaining;
      remaining -= close - begin;
      lastOpenDay = day;
    }
  }
  throw noHoursError(calendar, 'after', from);
}

/** The instant `ms` of business time after `start`: the first instant by which more than `ms` has elapsed. */
export function addBusinessTime(calendar: Calendar, start: Date, ms: number): Date {
  checkDuration(ms, 'addBusinessTime');
  return new Date(walkForward(calendar, instantOf(start, 'addBusinessTime'), ms));
}

/** The instant `ms` of business time before `end`; see the file header for its boundary rules. */
export function subtractBusinessTime(calendar: Calendar, end: Date, ms: number): Date {
  checkDuration(ms, 'subtractBusinessTime');
  const to = instantOf(end, 'subtractBusinessTime');
  const spansOn = openSpansOf(calendar);
  let remaining = ms;
  let lastOpenDay = utcDayOf(to);
  for (let day = utcDayOf(to) + 1; lastOpenDay - day <= searchLimitDays; day--) {
    for (const [open, close] of spansOn(day).toReversed()) {
      if (open > to) continue;
      const finish = Math.min(close, to);
      if (remaining <= finish - open) return new Date(finish - remaining);
      remaining -= finish - open;
      lastOpenDay = day;
    }
  }
  throw noHoursError(calendar, 'before', to);
}

/** Business milliseconds in `[a, b)`; 0 when `b` is not after `a`. */
export function businessTimeBetween(calendar: Calendar, a: Date, b: Date): number {
  const from = instantOf(a, 'businessTimeBetween');
  const to = instantOf(b, 'businessTimeBetween');
  const spansOn = openSpansOf(calendar);
  let total = 0;
  for (let day = utcDayOf(from) - 1; day <= utcDayOf(to) + 1 && from < to; day++) {
    for (const [open, close] of spansOn(day)) {
      total += Math.max(0, Math.min(close, to) - Math.max(open, from));
    }
  }
  return total;
}

/** True from an opening instant (included) up to its closing instant (excluded). */
export function isWithinHours(calendar: Calendar, at: Date): boolean {
  const instant = instantOf(at, 'isWithinHours');
  const spansOn = openSpansOf(calendar);
  for (let day = utcDayOf(instant) - 1; day <= utcDayOf(instant) + 1; day++) {
    for (const [open, close] of spansOn(day)) {
      if (open <= instant && instant < close) return true;
    }
  }
  return false;
}

/** The first instant at or after `at` that is within hours: `at` itself when the calendar is open then. */
export function nextOpening(calendar: Calendar, at: Date): Date {
  return new Date(walkForward(calendar, instantOf(at, 'nextOpening'), 0));
}
