/**
 * A calendar's open stretches for one local date, as instants. Wall times become instants with
 * `resolveWallTime`, so a reading in a daylight-saving gap moves forward and an ambiguous one
 * takes the earlier instant; each date is converted once per calendar and then kept, because
 * countdowns ask about the same few days thousands of times.
 */
import { minutesOfClockTime, type Calendar, type Weekday } from '../packs/calendar-schema';
import { resolveWallTime } from '../time/wall-time';

/** `[open, close)` in epoch milliseconds. */
export type OpenSpan = readonly [open: number, close: number];

export const dayMs = 86_400_000;
const minutesPerDay = 1440;

/** In `Date#getUTCDay` order, so a day number maps to its weekday without a formatter. */
const weekdaysFromSunday: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

type MinuteSpan = readonly [start: number, end: number];

interface DerivedCalendar {
  weeklyMinutes: readonly (readonly MinuteSpan[])[];
  holidayDays: ReadonlySet<number>;
  breakMinutesByDay: ReadonlyMap<number, MinuteSpan[]>;
}

/**
 * The open stretches of the local date numbered `day` (days since 1970-01-01): empty on a
 * holiday or closed weekday, with that date's breaks taken out. A "24:00" close is the next
 * local midnight, so a night shift continuing after midnight forms one unbroken stretch.
 */
export type OpenSpansOn = (day: number) => readonly OpenSpan[];

const lookupByCalendar = new WeakMap<Calendar, OpenSpansOn>();

/** Days since 1970-01-01 of a "YYYY-MM-DD" local date; the same numbering as `Math.floor(instant / dayMs)`. */
function dayNumberOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / dayMs;
}

function toMinuteSpan([start, end]: readonly [string, string]): MinuteSpan {
  return [minutesOfClockTime(start), minutesOfClockTime(end)];
}

function derive(calendar: Calendar): DerivedCalendar {
  const breakMinutesByDay = new Map<number, MinuteSpan[]>();
  for (const { date, start, end } of calendar.breaks ?? []) {
    const day = dayNumberOf(date);
    breakMinutesByDay.set(day, [...(breakMinutesByDay.get(day) ?? []), toMinuteSpan([start, end])]);
  }
  return {
    weeklyMinutes: weekdaysFromSunday.map((weekday) => (calendar.hours[weekday] ?? []).map(toMinuteSpan)),
    holidayDays: new Set(calendar.holidays.map(dayNumberOf)),
    breakMinutesByDay,
  };
}

/** The instant the local clock of `day` reads `minute`; minute 1440 is the next local midnight. */
function instantAt(day: number, minute: number, timeZone: string): number {
  const date = new Date((day + Math.floor(minute / minutesPerDay)) * dayMs);
  const minuteOfDay = minute % minutesPerDay;
  return resolveWallTime(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: Math.floor(minuteOfDay / 60),
      minute: minuteOfDay % 60,
    },
    timeZone,
  );
}

/**
 * Spans that do not overlap, in order. Conversion can make wall-time intervals that were apart
 * overlap (an interval ending in the spring-forward gap moves past the next one's start) or
 * vanish (one lying wholly in the gap), as zendesk/biz also finds.
 */
function normalise(spans: OpenSpan[]): OpenSpan[] {
  const merged: [number, number][] = [];
  for (const [open, close] of spans.filter(([open, close]) => open < close).sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && open <= last[1]) last[1] = Math.max(last[1], close);
    else merged.push([open, close]);
  }
  return merged;
}

function withoutBreak(spans: readonly OpenSpan[], [breakStart, breakEnd]: OpenSpan): OpenSpan[] {
  return spans.flatMap(([open, close]): OpenSpan[] => {
    if (breakEnd <= open || close <= breakStart) return [[open, close]];
    const pieces: OpenSpan[] = [];
    if (open < breakStart) pieces.push([open, breakStart]);
    if (breakEnd < close) pieces.push([breakEnd, close]);
    return pieces;
  });
}

function computeSpans(calendar: Calendar, derived: DerivedCalendar, day: number): readonly OpenSpan[] {
  if (derived.holidayDays.has(day)) return [];
  const weekly = derived.weeklyMinutes[(((day + 4) % 7) + 7) % 7] ?? []; // 1970-01-01 was a Thursday
  if (weekly.length === 0) return [];
  const toInstants = ([start, end]: MinuteSpan): OpenSpan => [
    instantAt(day, start, calendar.timeZone),
    instantAt(day, end, calendar.timeZone),
  ];
  const breaks = (derived.breakMinutesByDay.get(day) ?? []).map(toInstants);
  return breaks.reduce(withoutBreak, normalise(weekly.map(toInstants)));
}

/** The day-by-day lookup of `calendar`'s open stretches, made once per calendar object. */
export function openSpansOf(calendar: Calendar): OpenSpansOn {
  let lookup = lookupByCalendar.get(calendar);
  if (!lookup) {
    const derived = derive(calendar);
    const spansByDay = new Map<number, readonly OpenSpan[]>();
    lookup = (day) => {
      let spans = spansByDay.get(day);
      if (!spans) {
        spans = computeSpans(calendar, derived, day);
        spansByDay.set(day, spans);
      }
      return spans;
    };
    lookupByCalendar.set(calendar, lookup);
  }
  return lookup;
}
