/**
 * Business time for calendars open through New York's 2026 clock changes: on Sunday 8 March
 * 02:00 EST jumps to 03:00 EDT (07:00Z), and on Sunday 1 November 02:00 EDT falls back to 01:00
 * EST (06:00Z), so 01:00–02:00 happens twice. Expected instants were worked out by hand.
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

const minute = 60_000;
const hour = 60 * minute;

const everyDay = (intervals: [string, string][]) => ({
  mon: intervals,
  tue: intervals,
  wed: intervals,
  thu: intervals,
  fri: intervals,
  sat: intervals,
  sun: intervals,
});

/** Overnight cover: 22:00 to 06:00 the next morning, written as two intervals that touch at midnight. */
const nightShift = calendarSchema.parse({
  id: 'ny-night-shift',
  name: 'New York night shift',
  timeZone: 'America/New_York',
  hours: everyDay([
    ['00:00', '06:00'],
    ['22:00', '24:00'],
  ]),
  holidays: [],
});

const roundTheClock = calendarSchema.parse({
  id: 'ny-priority-line',
  name: 'New York priority line, 24/7',
  timeZone: 'America/New_York',
  hours: everyDay([['00:00', '24:00']]),
  holidays: [],
});

/** Opens at an ambiguous 01:30 in November; the March gap shortens it to half an hour. */
const maintenanceWindow = calendarSchema.parse({
  id: 'ny-maintenance',
  name: 'Sunday maintenance window',
  timeZone: 'America/New_York',
  hours: { sun: [['01:30', '03:00']] },
  holidays: [],
});

/** Opens at 02:30, which does not exist on 8 March. */
const weekendOnCall = calendarSchema.parse({
  id: 'ny-weekend-on-call',
  name: 'Weekend on-call',
  timeZone: 'America/New_York',
  hours: { sat: [['02:30', '08:00']], sun: [['02:30', '08:00']] },
  holidays: [],
});

const iso = (text: string) => new Date(text).toISOString();

type Walk = [name: string, from: string, ms: number, expected: string];
type Span = [name: string, from: string, to: string, ms: number];
type Probe<T> = [name: string, at: string, expected: T];

describe('a night shift, 22:00 to 06:00 written as two intervals touching at midnight', () => {
  test.each<Walk>([
    ['add: across midnight unbroken', '2026-02-10T23:00-05:00', 2 * hour, '2026-02-11T01:00-05:00'],
    ['add: exact fill at midnight, still open', '2026-02-10T23:00-05:00', 1 * hour, '2026-02-11T00:00-05:00'],
    ['add: exact fill at 06:00', '2026-02-11T05:00-05:00', 1 * hour, '2026-02-11T22:00-05:00'],
    ['add: through the spring gap', '2026-03-07T23:00-05:00', 4 * hour, '2026-03-08T04:00-04:00'],
    ['add: the 5-hour spring shift', '2026-03-08T00:00-05:00', 5 * hour, '2026-03-08T22:00-04:00'],
    ['add: through the repeated hour', '2026-11-01T00:00-04:00', 3 * hour, '2026-11-01T02:00-05:00'],
    ['add: 6 of the 7 autumn hours', '2026-11-01T00:00-04:00', 6 * hour, '2026-11-01T05:00-05:00'],
    ['add: the 7-hour autumn shift', '2026-11-01T00:00-04:00', 7 * hour, '2026-11-01T22:00-05:00'],
    ['add: from the second 01:30', '2026-11-01T01:30-05:00', 1 * hour, '2026-11-01T02:30-05:00'],
  ])('%s', (_, from, ms, expected) => {
    expect(addBusinessTime(nightShift, new Date(from), ms).toISOString()).toBe(iso(expected));
  });

  test.each<Walk>([
    ['subtract: back across midnight', '2026-02-11T01:00-05:00', 2 * hour, '2026-02-10T23:00-05:00'],
    ['subtract: back through the gap', '2026-03-08T04:00-04:00', 4 * hour, '2026-03-07T23:00-05:00'],
    ['subtract: back through 01:00–02:00', '2026-11-01T02:00-05:00', 3 * hour, '2026-11-01T00:00-04:00'],
    ['subtract: nothing, in the afternoon', '2026-11-01T15:00-05:00', 0, '2026-11-01T06:00-05:00'],
  ])('%s', (_, from, ms, expected) => {
    expect(subtractBusinessTime(nightShift, new Date(from), ms).toISOString()).toBe(iso(expected));
  });

  test.each<Span>([
    ['between: the spring change day', '2026-03-08T00:00-05:00', '2026-03-09T00:00-04:00', 7 * hour],
    ['between: the autumn change day', '2026-11-01T00:00-04:00', '2026-11-02T00:00-05:00', 9 * hour],
  ])('%s', (_, from, to, ms) => {
    expect(businessTimeBetween(nightShift, new Date(from), new Date(to))).toBe(ms);
  });

  test.each<Probe<boolean>>([
    ['within: midnight', '2026-02-11T00:00-05:00', true],
    ['within: 06:00, the end', '2026-02-11T06:00-05:00', false],
    ['within: 21:59', '2026-02-11T21:59-05:00', false],
    ['within: 22:00, the start', '2026-02-11T22:00-05:00', true],
    ['within: just after the spring jump', '2026-03-08T03:00-04:00', true],
    ['within: the second 01:30', '2026-11-01T01:30-05:00', true],
    ['within: 05:59 EST on the autumn change', '2026-11-01T05:59-05:00', true],
    ['within: 06:00 EST on the autumn change', '2026-11-01T06:00-05:00', false],
  ])('%s', (_, at, open) => {
    expect(isWithinHours(nightShift, new Date(at))).toBe(open);
  });

  test('nextOpening: the end of the spring shift waits for 22:00', () => {
    expect(nextOpening(nightShift, new Date('2026-03-08T06:00-04:00')).toISOString()).toBe(
      iso('2026-03-08T22:00-04:00'),
    );
  });
});

describe('a 24/7 line, 00:00 to 24:00 every day', () => {
  test.each<Walk>([
    ['add: a spring-change day is 24 h', '2026-03-07T12:00-05:00', 24 * hour, '2026-03-08T13:00-04:00'],
    ['add: an autumn-change day is 24 h', '2026-10-31T12:00-04:00', 24 * hour, '2026-11-01T11:00-05:00'],
    ['add: exact fill at midnight, still open', '2026-02-10T23:00-05:00', 1 * hour, '2026-02-11T00:00-05:00'],
  ])('%s', (_, from, ms, expected) => {
    expect(addBusinessTime(roundTheClock, new Date(from), ms).toISOString()).toBe(iso(expected));
  });

  test('subtract: a day back over the spring change is 24 h', () => {
    const from = new Date('2026-03-08T13:00-04:00');
    expect(subtractBusinessTime(roundTheClock, from, 24 * hour).toISOString()).toBe(
      iso('2026-03-07T12:00-05:00'),
    );
  });

  test.each<Span>([
    ['between: the 23-hour spring day', '2026-03-08T00:00-05:00', '2026-03-09T00:00-04:00', 23 * hour],
    ['between: the 25-hour autumn day', '2026-11-01T00:00-04:00', '2026-11-02T00:00-05:00', 25 * hour],
  ])('%s', (_, from, to, ms) => {
    expect(businessTimeBetween(roundTheClock, new Date(from), new Date(to))).toBe(ms);
  });

  test('nextOpening: midnight is already open', () => {
    const midnight = new Date('2026-03-09T00:00-04:00');
    expect(nextOpening(roundTheClock, midnight).toISOString()).toBe(midnight.toISOString());
  });
});

describe('a Sunday maintenance window, 01:30 to 03:00', () => {
  test.each<Walk>([
    ['add: the gap cuts it short', '2026-03-08T01:45-05:00', 15 * minute, '2026-03-15T01:30-04:00'],
    ['add: it opens at the first 01:30', '2026-11-01T00:00-04:00', 2 * hour, '2026-11-01T02:30-05:00'],
  ])('%s', (_, from, ms, expected) => {
    expect(addBusinessTime(maintenanceWindow, new Date(from), ms).toISOString()).toBe(iso(expected));
  });

  test.each<Span>([
    ['between: halved by the gap', '2026-03-08T00:00-05:00', '2026-03-08T12:00-04:00', 30 * minute],
    ['between: an ordinary Sunday', '2026-03-15T00:00-04:00', '2026-03-15T12:00-04:00', 90 * minute],
    ['between: the repeated hour adds one', '2026-11-01T00:00-04:00', '2026-11-01T12:00-05:00', 150 * minute],
  ])('%s', (_, from, to, ms) => {
    expect(businessTimeBetween(maintenanceWindow, new Date(from), new Date(to))).toBe(ms);
  });

  test.each<Probe<boolean>>([
    ['within: the first 01:30 opens it', '2026-11-01T01:30-04:00', true],
    ['within: the first 01:29', '2026-11-01T01:29-04:00', false],
    ['within: the second 01:15', '2026-11-01T01:15-05:00', true],
    ['within: 03:00 closes it, right after the gap', '2026-03-08T03:00-04:00', false],
  ])('%s', (_, at, open) => {
    expect(isWithinHours(maintenanceWindow, new Date(at))).toBe(open);
  });

  test('nextOpening: an ambiguous opening is the first 01:30', () => {
    expect(nextOpening(maintenanceWindow, new Date('2026-11-01T00:00-04:00')).toISOString()).toBe(
      iso('2026-11-01T01:30-04:00'),
    );
  });
});

describe('weekend on-call opening at 02:30, which 8 March skips', () => {
  test('between: the spring Sunday opens an hour late', () => {
    const [from, to] = [new Date('2026-03-08T00:00-05:00'), new Date('2026-03-08T12:00-04:00')];
    expect(businessTimeBetween(weekendOnCall, from, to)).toBe(270 * minute);
  });

  test.each<Probe<boolean>>([
    ['within: 03:15, before the moved opening', '2026-03-08T03:15-04:00', false],
    ['within: 03:30, the moved opening', '2026-03-08T03:30-04:00', true],
  ])('%s', (_, at, open) => {
    expect(isWithinHours(weekendOnCall, new Date(at))).toBe(open);
  });

  test('nextOpening: the opening moves forward out of the gap', () => {
    expect(nextOpening(weekendOnCall, new Date('2026-03-08T01:00-05:00')).toISOString()).toBe(
      iso('2026-03-08T03:30-04:00'),
    );
  });
});
