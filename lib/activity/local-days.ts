import { offsetAt, resolveWallTime, wallTimeAt } from '../time/wall-time';

/** One calendar day in the agent's time zone: `[from, to)` in epoch ms, 23 to 25 hours long. */
export interface LocalDay {
  /** YYYY-MM-DD as the agent's calendar reads it. */
  date: string;
  from: number;
  to: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The last `count` days in `timeZone`, oldest first, ending with the day that holds `now`
 * ("today" is 1, "7 days" is 7: today and the six before). Each day starts at local midnight,
 * found with the platform's zone data (lib/time/wall-time.ts); a midnight skipped by a
 * daylight-saving change starts the day at the first instant after it. Intl is called about
 * once per day here, and never per event: figures bucket events by these boundaries.
 */
export function lastLocalDays(now: number, count: number, timeZone: string): LocalDay[] {
  const today = wallTimeAt(now, timeZone);
  const starts: { date: string; from: number }[] = [];
  let offset: number | undefined;
  for (let back = count - 1; back >= -1; back -= 1) {
    // Date.UTC rolls day -3 of a month over into the month before, as calendar arithmetic should.
    const midnightAsUtc = Date.UTC(today.year, today.month - 1, today.day - back);
    const civil = new Date(midnightAsUtc);
    const year = civil.getUTCFullYear();
    const month = civil.getUTCMonth() + 1;
    const day = civil.getUTCDate();
    // The day before's offset almost always holds (zones change it twice a year): one Intl call
    // confirms it. When it does not, resolveWallTime settles gaps and overlaps. A guess with the
    // day before's offset finds the earlier of two midnights, as resolveWallTime would.
    const guess = offset === undefined ? undefined : midnightAsUtc - offset;
    const from =
      guess !== undefined && offsetAt(guess, timeZone) === offset
        ? guess
        : resolveWallTime({ year, month, day, hour: 0, minute: 0 }, timeZone);
    offset = midnightAsUtc - from;
    starts.push({ date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, from });
  }
  return starts.slice(0, -1).map((start, index) => ({ ...start, to: starts[index + 1]!.from }));
}

/** The span the days cover, `[first day's start, last day's end)`. */
export function spanOf(days: readonly LocalDay[]): { from: number; to: number } {
  return { from: days[0]?.from ?? 0, to: days.at(-1)?.to ?? 0 };
}

/**
 * Which of the sorted `starts` (day starts, then the last day's end) holds `at`: the day's index,
 * or -1 outside them all. A binary search: nine comparisons for a year.
 */
export function dayIndexOf(at: number, starts: Float64Array): number {
  const last = starts.length - 1;
  if (last < 1 || at < starts[0]! || at >= starts[last]!) return -1;
  let low = 0;
  let high = last - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The boundaries `dayIndexOf` searches: every day's start, then the last day's end. */
export function dayStarts(days: readonly LocalDay[]): Float64Array {
  const starts = new Float64Array(days.length + 1);
  days.forEach((day, index) => {
    starts[index] = day.from;
  });
  starts[days.length] = days.at(-1)?.to ?? 0;
  return starts;
}
