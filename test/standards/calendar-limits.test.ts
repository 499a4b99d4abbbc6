/**
 * What business-time math refuses, and how it copes with calendars closed for a long stretch.
 * Expected instants were worked out by hand (New York is -05:00 in January and December).
 */
import { describe, expect, test } from 'vitest';
import { calendarSchema } from '../../lib/packs/calendar-schema';
import {
  addBusinessTime,
  businessTimeBetween,
  isWithinHours,
  nextOpening,
  subtractBusinessTime,
} from '../../lib/standards/calendar';

const hour = 3_600_000;
const nineToFive: [string, string][] = [['09:00', '17:00']];

function everyDateFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  for (
    let day = new Date(`${first}T00:00Z`);
    day <= new Date(`${last}T00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
}

const newYork = calendarSchema.parse({
  id: 'ny-support',
  name: 'New York support desk',
  timeZone: 'America/New_York',
  hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  holidays: [],
});

/** A team stood down for all of 2026 and back on Friday 1 January 2027. */
const sabbatical = calendarSchema.parse({
  ...newYork,
  id: 'ny-sabbatical',
  holidays: everyDateFrom('2026-01-01', '2026-12-31'),
});

/** A desk closed for six years: longer than any walk looks. */
const archived = calendarSchema.parse({
  ...newYork,
  id: 'ny-archive',
  holidays: everyDateFrom('2026-01-01', '2031-12-31'),
});

describe('refusals', () => {
  const start = new Date('2026-03-03T10:00-05:00');
  test.each([
    [
      'a negative duration to add',
      () => addBusinessTime(newYork, start, -60_000),
      'addBusinessTime needs a finite duration of 0 ms or more, got -60000',
    ],
    [
      'a negative duration to subtract',
      () => subtractBusinessTime(newYork, start, -1),
      'subtractBusinessTime needs a finite duration of 0 ms or more, got -1',
    ],
    [
      'an infinite duration',
      () => addBusinessTime(newYork, start, Infinity),
      'addBusinessTime needs a finite duration of 0 ms or more, got Infinity',
    ],
    [
      'a duration that is not a number',
      () => subtractBusinessTime(newYork, start, Number.NaN),
      'subtractBusinessTime needs a finite duration of 0 ms or more, got NaN',
    ],
    [
      'an invalid start',
      () => addBusinessTime(newYork, new Date('next Tuesday'), hour),
      'addBusinessTime was given an invalid Date',
    ],
    [
      'an invalid end',
      () => businessTimeBetween(newYork, start, new Date('')),
      'businessTimeBetween was given an invalid Date',
    ],
    [
      'an invalid instant to check',
      () => isWithinHours(newYork, new Date(Number.NaN)),
      'isWithinHours was given an invalid Date',
    ],
    [
      'an invalid instant to open from',
      () => nextOpening(newYork, new Date('31/12/2026')),
      'nextOpening was given an invalid Date',
    ],
  ])('%s', (_, call, message) => {
    expect(call).toThrow(new RangeError(message));
  });
});

describe('a calendar closed for all of 2026', () => {
  test('add: an hour on New Year’s Eve 2025, the other a year later', () => {
    const due = addBusinessTime(sabbatical, new Date('2025-12-31T16:00-05:00'), 2 * hour);
    expect(due.toISOString()).toBe(new Date('2027-01-01T10:00-05:00').toISOString());
  });

  test('subtract: back over the whole year', () => {
    const start = subtractBusinessTime(sabbatical, new Date('2027-01-01T10:00-05:00'), 2 * hour);
    expect(start.toISOString()).toBe(new Date('2025-12-31T16:00-05:00').toISOString());
  });

  test('between: only the days either side count', () => {
    const [from, to] = [new Date('2025-12-31T00:00-05:00'), new Date('2027-01-02T00:00-05:00')];
    expect(businessTimeBetween(sabbatical, from, to)).toBe(16 * hour);
  });

  test('nextOpening: the first working day of 2027', () => {
    const opening = nextOpening(sabbatical, new Date('2026-01-01T00:00-05:00'));
    expect(opening.toISOString()).toBe(new Date('2027-01-01T09:00-05:00').toISOString());
  });
});

describe('a calendar closed for longer than the five years a walk looks ahead', () => {
  const from = new Date('2026-01-01T00:00-05:00');
  const to = new Date('2031-12-31T12:00-05:00');
  test.each([
    ['add', () => addBusinessTime(archived, from, hour), 'after 2026-01-01T05:00:00.000Z'],
    ['nextOpening', () => nextOpening(archived, from), 'after 2026-01-01T05:00:00.000Z'],
    ['subtract', () => subtractBusinessTime(archived, to, hour), 'before 2031-12-31T17:00:00.000Z'],
  ])('%s gives up with a clear error', (_, call, when) => {
    expect(call).toThrow(new RangeError(`calendar "ny-archive" has no open hours in the 5 years ${when}`));
  });

  test('between and isWithinHours still answer', () => {
    expect(businessTimeBetween(archived, from, to)).toBe(0);
    expect(isWithinHours(archived, new Date('2028-06-14T11:00-04:00'))).toBe(false);
  });
});

test('a republished calendar is not answered from the old version’s cache', () => {
  const tuesdayMorning = new Date('2026-03-03T08:00-05:00');
  const earlierOpening = calendarSchema.parse({ ...newYork, hours: { tue: [['07:30', '17:00']] } });
  expect(isWithinHours(newYork, tuesdayMorning)).toBe(false);
  expect(isWithinHours(earlierOpening, tuesdayMorning)).toBe(true);
});
