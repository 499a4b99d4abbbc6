/**
 * One business-hours calendar as a team lead writes it in a knowledge pack. Every refusal names
 * the problem in the team lead's own terms, and its zod path names where it is, so a pack tool
 * can print `hours.mon[1]: closing time "09:00" is not after opening time "17:00"`.
 */
import { z } from 'zod';
import { isKnownTimeZone } from '../time/wall-time';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

const clockTimePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Minutes since local midnight of an "HH:MM" reading that the schema accepted ("24:00" is 1440). */
export function minutesOfClockTime(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

// Patterns and formats rather than refinements, so the JSON Schema generated for editors carries them.
const clockTime = z.string().regex(clockTimePattern, {
  error: (issue) => `"${String(issue.input)}" is not a time of day (HH:MM, from 00:00 to 24:00)`,
});

const localDate = z.iso.date({
  error: (issue) => `"${String(issue.input)}" is not a real date (YYYY-MM-DD)`,
});

interface SpanWording {
  start: string;
  end: string;
  /** What "24:00" may close, with its article. */
  span: string;
}

/** Why `[start, end)` cannot be a stretch of one day, or undefined when it can. */
function problemWithSpan(start: string, end: string, wording: SpanWording): string | undefined {
  if (start === '24:00') {
    return `${wording.start} "24:00" is the end of the day; it can only close ${wording.span}`;
  }
  if (minutesOfClockTime(end) <= minutesOfClockTime(start)) {
    return `${wording.end} "${end}" is not after ${wording.start} "${start}"`;
  }
  return undefined;
}

const openInterval = z
  .tuple([clockTime, clockTime], {
    error: 'an interval is an [opening, closing] pair such as ["09:00","17:00"]',
  })
  .check((ctx) => {
    const [open, close] = ctx.value;
    const problem = problemWithSpan(open, close, {
      start: 'opening time',
      end: 'closing time',
      span: 'an interval',
    });
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

const dayHours = z.array(openInterval).check((ctx) => {
  ctx.value.forEach(([open, close], index) => {
    const earlier = ctx.value
      .slice(0, index)
      .find(
        ([otherOpen, otherClose]) =>
          minutesOfClockTime(open) < minutesOfClockTime(otherClose) &&
          minutesOfClockTime(otherOpen) < minutesOfClockTime(close),
      );
    if (earlier) {
      ctx.issues.push({
        code: 'custom',
        message: `["${open}","${close}"] overlaps ["${earlier[0]}","${earlier[1]}"] on the same day`,
        input: ctx.value,
        path: [index],
      });
    }
  });
});

const weeklyHours = z.strictObject(
  {
    mon: dayHours.optional(),
    tue: dayHours.optional(),
    wed: dayHours.optional(),
    thu: dayHours.optional(),
    fri: dayHours.optional(),
    sat: dayHours.optional(),
    sun: dayHours.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.map((key) => `"${key}"`).join(', ')} is not a weekday; use ${weekdays.join(', ')}`
        : undefined,
  },
);

const datedBreak = z.strictObject({ date: localDate, start: clockTime, end: clockTime }).check((ctx) => {
  const problem = problemWithSpan(ctx.value.start, ctx.value.end, {
    start: 'start',
    end: 'end',
    span: 'a break',
  });
  if (problem) ctx.issues.push({ code: 'custom', message: `break ${problem}`, input: ctx.value });
});

export const calendarSchema = z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    timeZone: z.string().refine(isKnownTimeZone, {
      error: (issue) => `"${String(issue.input)}" is not a known IANA time zone (e.g. "America/New_York")`,
    }),
    /** A weekday left out, or given no intervals, is closed all day. */
    hours: weeklyHours,
    holidays: z.array(localDate),
    breaks: z.array(datedBreak).optional(),
  })
  .check((ctx) => {
    const isEverOpen = weekdays.some((day) => (ctx.value.hours[day]?.length ?? 0) > 0);
    if (!isEverOpen) {
      ctx.issues.push({
        code: 'custom',
        message:
          'the calendar is never open: give at least one weekday an interval such as ["09:00","17:00"]',
        input: ctx.value,
        path: ['hours'],
      });
    }
  });

export type Calendar = z.infer<typeof calendarSchema>;
