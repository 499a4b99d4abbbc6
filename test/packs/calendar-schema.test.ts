import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { calendarSchema } from '../../lib/packs/calendar-schema';

const newYorkSupport = {
  id: 'ny-support',
  name: 'New York support desk',
  timeZone: 'America/New_York',
  hours: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '17:00']],
  },
  holidays: ['2026-01-01', '2026-05-25', '2026-07-03', '2026-11-26', '2026-12-25'],
};

/** Every refusal as a pack tool prints it: the path inside the calendar, then the problem. */
function refusalsOf(input: unknown): string[] {
  const result = calendarSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${z.core.toDotPath(issue.path)}: ${issue.message}`);
}

describe('calendarSchema accepts', () => {
  test.each([
    { case: 'a weekday team with holidays', calendar: newYorkSupport },
    {
      case: 'a lunch split, listed afternoon first',
      calendar: {
        ...newYorkSupport,
        id: 'london-support',
        timeZone: 'Europe/London',
        hours: {
          mon: [
            ['13:00', '17:30'],
            ['09:00', '12:00'],
          ],
        },
      },
    },
    {
      case: 'intervals that touch on one day',
      calendar: {
        ...newYorkSupport,
        hours: {
          wed: [
            ['09:00', '12:00'],
            ['12:00', '17:00'],
          ],
        },
      },
    },
    {
      case: 'a 24/7 desk closing at "24:00"',
      calendar: {
        id: 'follow-the-sun',
        name: 'Follow the sun',
        timeZone: 'UTC',
        hours: Object.fromEntries(
          ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
        ),
        holidays: [],
      },
    },
    {
      case: 'a night shift running past midnight',
      calendar: { ...newYorkSupport, hours: { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] } },
    },
    {
      case: 'empty days beside open ones',
      calendar: { ...newYorkSupport, hours: { sat: [], sun: [], mon: [['08:00', '12:00']] } },
    },
    { case: 'a leap-day holiday', calendar: { ...newYorkSupport, holidays: ['2028-02-29'] } },
    {
      case: 'breaks, one running to the end of the day',
      calendar: {
        ...newYorkSupport,
        breaks: [
          { date: '2026-03-12', start: '14:00', end: '15:00' },
          { date: '2026-12-24', start: '12:00', end: '24:00' },
        ],
      },
    },
  ])('$case', ({ calendar }) => {
    expect(refusalsOf(calendar)).toEqual([]);
    expect(calendarSchema.parse(calendar)).toEqual(calendar);
  });
});

describe('calendarSchema refuses', () => {
  test.each([
    {
      case: 'a misspelt time zone',
      calendar: { ...newYorkSupport, timeZone: 'America/New_Yrok' },
      refusal: 'timeZone: "America/New_Yrok" is not a known IANA time zone (e.g. "America/New_York")',
    },
    {
      case: 'an invented time zone',
      calendar: { ...newYorkSupport, timeZone: 'Mars/Olympus_Mons' },
      refusal: 'timeZone: "Mars/Olympus_Mons" is not a known IANA time zone (e.g. "America/New_York")',
    },
    {
      case: 'a reversed interval',
      calendar: { ...newYorkSupport, hours: { mon: [['17:00', '09:00']] } },
      refusal: 'hours.mon[0]: closing time "09:00" is not after opening time "17:00"',
    },
    {
      case: 'an empty interval after a valid one',
      calendar: {
        ...newYorkSupport,
        hours: {
          mon: [
            ['09:00', '12:00'],
            ['13:00', '13:00'],
          ],
        },
      },
      refusal: 'hours.mon[1]: closing time "13:00" is not after opening time "13:00"',
    },
    {
      case: 'intervals that overlap',
      calendar: {
        ...newYorkSupport,
        hours: {
          mon: [
            ['09:00', '12:00'],
            ['11:30', '17:00'],
          ],
        },
      },
      refusal: 'hours.mon[1]: ["11:30","17:00"] overlaps ["09:00","12:00"] on the same day',
    },
    {
      case: 'a lunch hour written inside the working day',
      calendar: {
        ...newYorkSupport,
        hours: {
          tue: [
            ['08:00', '18:00'],
            ['12:00', '13:00'],
          ],
        },
      },
      refusal: 'hours.tue[1]: ["12:00","13:00"] overlaps ["08:00","18:00"] on the same day',
    },
    {
      case: 'an hour past 24',
      calendar: { ...newYorkSupport, hours: { wed: [['09:00', '25:00']] } },
      refusal: 'hours.wed[0][1]: "25:00" is not a time of day (HH:MM, from 00:00 to 24:00)',
    },
    {
      case: 'a time after "24:00"',
      calendar: { ...newYorkSupport, hours: { wed: [['20:00', '24:30']] } },
      refusal: 'hours.wed[0][1]: "24:30" is not a time of day (HH:MM, from 00:00 to 24:00)',
    },
    {
      case: 'an hour without its leading zero',
      calendar: { ...newYorkSupport, hours: { thu: [['9:00', '17:00']] } },
      refusal: 'hours.thu[0][0]: "9:00" is not a time of day (HH:MM, from 00:00 to 24:00)',
    },
    {
      case: 'sixty minutes',
      calendar: { ...newYorkSupport, hours: { thu: [['09:00', '12:60']] } },
      refusal: 'hours.thu[0][1]: "12:60" is not a time of day (HH:MM, from 00:00 to 24:00)',
    },
    {
      case: '"24:00" as an opening time',
      calendar: { ...newYorkSupport, hours: { mon: [['09:00', '17:00']], fri: [['24:00', '24:00']] } },
      refusal: 'hours.fri[0]: opening time "24:00" is the end of the day; it can only close an interval',
    },
    {
      case: 'an interval with one time',
      calendar: { ...newYorkSupport, hours: { mon: [['09:00']] } },
      refusal: 'hours.mon[0]: an interval is an [opening, closing] pair such as ["09:00","17:00"]',
    },
    {
      case: 'an interval written as one string',
      calendar: { ...newYorkSupport, hours: { mon: ['09:00-17:00'] } },
      refusal: 'hours.mon[0]: an interval is an [opening, closing] pair such as ["09:00","17:00"]',
    },
    {
      case: 'a misspelt weekday',
      calendar: { ...newYorkSupport, hours: { ...newYorkSupport.hours, thur: [['09:00', '17:00']] } },
      refusal: 'hours: "thur" is not a weekday; use mon, tue, wed, thu, fri, sat, sun',
    },
    {
      case: 'no weekday at all',
      calendar: { ...newYorkSupport, hours: {} },
      refusal:
        'hours: the calendar is never open: give at least one weekday an interval such as ["09:00","17:00"]',
    },
    {
      case: 'every weekday closed',
      calendar: {
        ...newYorkSupport,
        hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      },
      refusal:
        'hours: the calendar is never open: give at least one weekday an interval such as ["09:00","17:00"]',
    },
    {
      case: 'the 30th of February',
      calendar: { ...newYorkSupport, holidays: ['2026-01-01', '2026-02-30'] },
      refusal: 'holidays[1]: "2026-02-30" is not a real date (YYYY-MM-DD)',
    },
    {
      case: 'the 29th of February in a common year',
      calendar: { ...newYorkSupport, holidays: ['2026-02-29'] },
      refusal: 'holidays[0]: "2026-02-29" is not a real date (YYYY-MM-DD)',
    },
    {
      case: 'a date without zero padding',
      calendar: { ...newYorkSupport, holidays: ['2026-7-3'] },
      refusal: 'holidays[0]: "2026-7-3" is not a real date (YYYY-MM-DD)',
    },
    {
      case: 'a US-style date',
      calendar: { ...newYorkSupport, holidays: ['12/25/2026'] },
      refusal: 'holidays[0]: "12/25/2026" is not a real date (YYYY-MM-DD)',
    },
    {
      case: 'a reversed break',
      calendar: { ...newYorkSupport, breaks: [{ date: '2026-03-12', start: '15:00', end: '14:00' }] },
      refusal: 'breaks[0]: break end "14:00" is not after start "15:00"',
    },
    {
      case: 'a break starting at "24:00"',
      calendar: { ...newYorkSupport, breaks: [{ date: '2026-12-24', start: '24:00', end: '24:00' }] },
      refusal: 'breaks[0]: break start "24:00" is the end of the day; it can only close a break',
    },
    {
      case: 'a break on the 13th month',
      calendar: { ...newYorkSupport, breaks: [{ date: '2026-13-01', start: '14:00', end: '15:00' }] },
      refusal: 'breaks[0].date: "2026-13-01" is not a real date (YYYY-MM-DD)',
    },
    {
      case: 'a break time written with "h"',
      calendar: { ...newYorkSupport, breaks: [{ date: '2026-03-12', start: '14h00', end: '15:00' }] },
      refusal: 'breaks[0].start: "14h00" is not a time of day (HH:MM, from 00:00 to 24:00)',
    },
    {
      case: 'a break without an end',
      calendar: { ...newYorkSupport, breaks: [{ date: '2026-03-12', start: '14:00' }] },
      refusal: 'breaks[0].end: Invalid input: expected string, received undefined',
    },
  ])('$case', ({ calendar, refusal }) => {
    expect(refusalsOf(calendar)).toEqual([refusal]);
  });
});
