/**
 * Business-time math on weekday teams. Every expected instant was worked out by hand from the
 * calendar and the zone's 2026 offsets: New York -05:00, and -04:00 from 8 March to 1 November;
 * London +00:00, and +01:00 from 29 March to 25 October; Sydney +11:00 until 5 April and from
 * 4 October, +10:00 between.
 */
import { describe, expect, test } from 'vitest';
import { calendarSchema, type Calendar } from '../../lib/packs/calendar-schema';
import {
  addBusinessTime,
  businessTimeBetween,
  isWithinHours,
  nextOpening,
  subtractBusinessTime,
} from '../../lib/standards/calendar';

const minute = 60_000;
const hour = 60 * minute;

const weekdays = (intervals: [string, string][]) => ({
  mon: intervals,
  tue: intervals,
  wed: intervals,
  thu: intervals,
  fri: intervals,
});

const newYork = calendarSchema.parse({
  id: 'ny-support',
  name: 'New York support desk',
  timeZone: 'America/New_York',
  hours: weekdays([['09:00', '17:00']]),
  // US federal holidays as observed in 2026 (4 July is a Saturday, so Friday 3 July), and New Year 2027.
  holidays: [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-11-26',
    '2026-12-25',
    '2027-01-01',
  ],
});

const london = calendarSchema.parse({
  id: 'london-support',
  name: 'London support desk',
  timeZone: 'Europe/London',
  hours: weekdays([
    ['09:00', '12:00'],
    ['13:00', '17:30'],
  ]),
  // England bank holidays 2026 (Boxing Day is a Saturday, so Monday 28 December).
  holidays: [
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
});

const sydney = calendarSchema.parse({
  id: 'sydney-support',
  name: 'Sydney support desk',
  timeZone: 'Australia/Sydney',
  hours: weekdays([['08:30', '17:00']]),
  // NSW public holidays 2026 that fall on weekdays.
  holidays: [
    '2026-01-26',
    '2026-04-03',
    '2026-04-06',
    '2026-06-08',
    '2026-10-05',
    '2026-12-25',
    '2026-12-28',
  ],
});

const toronto = calendarSchema.parse({
  id: 'toronto-billing',
  name: 'Toronto billing desk',
  timeZone: 'America/Toronto',
  hours: weekdays([['08:00', '18:00']]),
  holidays: ['2026-12-25', '2026-12-28'],
  breaks: [
    { date: '2026-03-12', start: '14:00', end: '15:00' }, // quarterly all-hands
    { date: '2026-12-24', start: '12:00', end: '24:00' }, // Christmas Eve afternoon
  ],
});

/** [what the case shows, from, business time, expected instant] */
type Walk = [name: string, from: string, ms: number, expected: string];
/** [what the case shows, from, to, business time between] */
type Span = [name: string, from: string, to: string, ms: number];
/** [what the case shows, instant, expected] */
type Probe<T> = [name: string, at: string, expected: T];

const iso = (text: string) => new Date(text).toISOString();

describe('addBusinessTime', () => {
  describe('New York, 09:00–17:00 on weekdays', () => {
    test.each<Walk>([
      ['within one morning', '2026-03-03T10:15-05:00', 2 * hour, '2026-03-03T12:15-05:00'],
      ['starting before opening', '2026-03-03T07:40-05:00', 2 * hour, '2026-03-03T11:00-05:00'],
      ['starting after closing', '2026-03-03T18:30-05:00', 2 * hour, '2026-03-04T11:00-05:00'],
      ['exact fill: due at the next opening', '2026-03-03T15:00-05:00', 2 * hour, '2026-03-04T09:00-05:00'],
      ['exact fill on Friday: due Monday', '2026-03-06T16:00-05:00', 1 * hour, '2026-03-09T09:00-04:00'],
      ['over a weekend and the spring change', '2026-03-06T16:00-05:00', 2 * hour, '2026-03-09T10:00-04:00'],
      ['starting on a Saturday', '2026-03-07T11:00-05:00', 30 * minute, '2026-03-09T09:30-04:00'],
      ['starting on Martin Luther King Day', '2026-01-19T10:00-05:00', 1 * hour, '2026-01-20T10:00-05:00'],
      ['over Thanksgiving', '2026-11-25T16:00-05:00', 3 * hour, '2026-11-27T11:00-05:00'],
      ['over the Independence Day weekend', '2026-07-02T15:30-04:00', 4 * hour, '2026-07-06T11:30-04:00'],
      ['over Christmas', '2026-12-24T16:00-05:00', 2 * hour, '2026-12-28T10:00-05:00'],
      ['over New Year into 2027', '2026-12-31T16:30-05:00', 1 * hour, '2027-01-04T09:30-05:00'],
      ['two full weeks, ending at a close', '2026-06-01T09:00-04:00', 80 * hour, '2026-06-15T09:00-04:00'],
      ['a week and a half over Juneteenth', '2026-06-15T09:00-04:00', 60 * hour, '2026-06-25T13:00-04:00'],
      ['60 days over Labor Day, DST ending', '2026-09-01T12:00-04:00', 480 * hour, '2026-11-25T12:00-05:00'],
      ['nothing, within hours', '2026-03-03T10:15-05:00', 0, '2026-03-03T10:15-05:00'],
      ['nothing, at the closing instant', '2026-03-03T17:00-05:00', 0, '2026-03-04T09:00-05:00'],
      ['nothing, on a Saturday', '2026-03-07T12:00-05:00', 0, '2026-03-09T09:00-04:00'],
      ['seconds running past a close', '2026-03-03T16:59:30-05:00', 45_000, '2026-03-04T09:00:15-05:00'],
    ])('%s', (_, from, ms, expected) => {
      expect(addBusinessTime(newYork, new Date(from), ms).toISOString()).toBe(iso(expected));
    });
  });

  describe('London, 09:00–12:00 and 13:00–17:30 on weekdays', () => {
    test.each<Walk>([
      ['filling a morning exactly: due after lunch', '2026-02-10T11:00Z', 1 * hour, '2026-02-10T13:00Z'],
      ['across lunch', '2026-02-10T11:30Z', 1 * hour, '2026-02-10T13:30Z'],
      ['starting during lunch', '2026-02-10T12:20Z', 15 * minute, '2026-02-10T13:15Z'],
      ['a whole split day', '2026-02-09T09:00Z', 7.5 * hour, '2026-02-10T09:00Z'],
      ['over Easter', '2026-04-02T16:30+01:00', 2 * hour, '2026-04-07T10:00+01:00'],
      ['from a Friday close into summer time', '2026-03-27T17:30Z', 3.5 * hour, '2026-03-30T13:30+01:00'],
    ])('%s', (_, from, ms, expected) => {
      expect(addBusinessTime(london, new Date(from), ms).toISOString()).toBe(iso(expected));
    });
  });

  describe('Sydney, 08:30–17:00 on weekdays', () => {
    test.each<Walk>([
      ['a morning asked in UTC', '2026-02-12T22:00Z', 4 * hour, '2026-02-13T13:00+11:00'],
      ['over Easter, DST ending', '2026-04-02T16:00+11:00', 2 * hour, '2026-04-07T09:30+10:00'],
      ['over Labour Day, DST starting', '2026-10-02T15:00+10:00', 4 * hour, '2026-10-06T10:30+11:00'],
    ])('%s', (_, from, ms, expected) => {
      expect(addBusinessTime(sydney, new Date(from), ms).toISOString()).toBe(iso(expected));
    });
  });

  describe('Toronto, 08:00–18:00 on weekdays with dated breaks', () => {
    test.each<Walk>([
      ['around the all-hands break', '2026-03-12T13:30-04:00', 1 * hour, '2026-03-12T15:30-04:00'],
      ['exact fill at the break: due after it', '2026-03-12T13:00-04:00', 1 * hour, '2026-03-12T15:00-04:00'],
      ['starting during the break', '2026-03-12T14:20-04:00', 10 * minute, '2026-03-12T15:10-04:00'],
      ['the same hour a week later', '2026-03-19T13:30-04:00', 1 * hour, '2026-03-19T14:30-04:00'],
      ['into Christmas Eve afternoon off', '2026-12-24T11:00-05:00', 2 * hour, '2026-12-29T09:00-05:00'],
    ])('%s', (_, from, ms, expected) => {
      expect(addBusinessTime(toronto, new Date(from), ms).toISOString()).toBe(iso(expected));
    });
  });
});

describe('subtractBusinessTime', () => {
  describe('New York, 09:00–17:00 on weekdays', () => {
    test.each<Walk>([
      ['within one morning', '2026-03-03T12:15-05:00', 2 * hour, '2026-03-03T10:15-05:00'],
      ['back over the spring change', '2026-03-09T10:00-04:00', 2 * hour, '2026-03-06T16:00-05:00'],
      ['ending at an opening: stays', '2026-03-04T10:00-05:00', 1 * hour, '2026-03-04T09:00-05:00'],
      ['from an evening', '2026-03-03T19:00-05:00', 1 * hour, '2026-03-03T16:00-05:00'],
      ['from before opening', '2026-03-04T08:00-05:00', 30 * minute, '2026-03-03T16:30-05:00'],
      ['back over Martin Luther King Day', '2026-01-20T10:00-05:00', 2 * hour, '2026-01-16T16:00-05:00'],
      ['60 days back over Labor Day', '2026-11-25T12:00-05:00', 480 * hour, '2026-09-01T12:00-04:00'],
      ['nothing, in an evening: the last close', '2026-03-03T19:00-05:00', 0, '2026-03-03T17:00-05:00'],
      ['nothing, on a Sunday: the Friday close', '2026-03-08T12:00-04:00', 0, '2026-03-06T17:00-05:00'],
      ['nothing, at the closing instant', '2026-03-03T17:00-05:00', 0, '2026-03-03T17:00-05:00'],
      ['nothing, at the opening instant', '2026-03-04T09:00-05:00', 0, '2026-03-04T09:00-05:00'],
    ])('%s', (_, from, ms, expected) => {
      expect(subtractBusinessTime(newYork, new Date(from), ms).toISOString()).toBe(iso(expected));
    });
  });

  describe('London, Sydney and Toronto', () => {
    test.each<[...Walk, Calendar]>([
      ['London, back across lunch', '2026-02-10T13:30Z', 1 * hour, '2026-02-10T11:30Z', london],
      ['London, ending at 13:00: stays', '2026-02-10T14:00Z', 1 * hour, '2026-02-10T13:00Z', london],
      ['London, nothing, at lunch: 12:00', '2026-02-10T12:30Z', 0, '2026-02-10T12:00Z', london],
      ['Toronto, across the break', '2026-03-12T15:30-04:00', 1 * hour, '2026-03-12T13:30-04:00', toronto],
      ['Sydney, back over Easter', '2026-04-07T09:30+10:00', 2 * hour, '2026-04-02T16:00+11:00', sydney],
    ])('%s', (_, from, ms, expected, calendar) => {
      expect(subtractBusinessTime(calendar, new Date(from), ms).toISOString()).toBe(iso(expected));
    });
  });
});

describe('businessTimeBetween', () => {
  test.each<[...Span, Calendar]>([
    ['New York, part of a day', '2026-03-03T10:00-05:00', '2026-03-03T15:30-05:00', 5.5 * hour, newYork],
    ['New York, midnight to midnight', '2026-03-03T00:00-05:00', '2026-03-04T00:00-05:00', 8 * hour, newYork],
    ['New York, spring change', '2026-03-06T16:00-05:00', '2026-03-09T10:00-04:00', 2 * hour, newYork],
    ['New York, a weekend', '2026-03-07T00:00-05:00', '2026-03-09T00:00-04:00', 0, newYork],
    ['New York, Thanksgiving week', '2026-11-23T00:00-05:00', '2026-11-30T00:00-05:00', 32 * hour, newYork],
    ['New York, June', '2026-06-01T09:00-04:00', '2026-06-30T17:00-04:00', 168 * hour, newYork],
    ['New York, the same instant', '2026-03-03T11:00-05:00', '2026-03-03T11:00-05:00', 0, newYork],
    ['New York, an end before the start', '2026-03-04T11:00-05:00', '2026-03-03T11:00-05:00', 0, newYork],
    ['London, a split day seen from outside', '2026-02-10T08:00Z', '2026-02-10T20:00Z', 7.5 * hour, london],
    ['London, either side of lunch', '2026-02-10T11:30Z', '2026-02-10T13:30Z', 1 * hour, london],
    ['London, into summer time', '2026-03-27T17:30Z', '2026-03-30T13:30+01:00', 3.5 * hour, london],
    ['Toronto, the all-hands day', '2026-03-12T08:00-04:00', '2026-03-12T18:00-04:00', 9 * hour, toronto],
    ['Toronto, Christmas Eve', '2026-12-24T00:00-05:00', '2026-12-25T00:00-05:00', 4 * hour, toronto],
    ['Sydney, Easter fortnight', '2026-03-30T00:00+11:00', '2026-04-13T00:00+10:00', 68 * hour, sydney],
  ])('%s', (_, from, to, ms, calendar) => {
    expect(businessTimeBetween(calendar, new Date(from), new Date(to))).toBe(ms);
  });
});

describe('add, subtract and between undo each other from a business instant', () => {
  test.each<[name: string, from: string, ms: number, calendar: Calendar]>([
    ['New York, over a weekend', '2026-03-06T16:00-05:00', 2 * hour, newYork],
    ['New York, ending at a close', '2026-03-03T15:00-05:00', 2 * hour, newYork],
    ['New York, over Juneteenth', '2026-06-15T09:00-04:00', 60 * hour, newYork],
    ['New York, over Thanksgiving', '2026-11-25T16:00-05:00', 3 * hour, newYork],
    ['London, ending at lunch', '2026-02-10T11:00Z', 1 * hour, london],
    ['London, over Easter', '2026-04-02T16:30+01:00', 2 * hour, london],
    ['Sydney, over Labour Day', '2026-10-02T15:00+10:00', 4 * hour, sydney],
    ['Toronto, across the break', '2026-03-12T13:30-04:00', 1 * hour, toronto],
  ])('%s', (_, from, ms, calendar) => {
    const due = addBusinessTime(calendar, new Date(from), ms);
    expect(businessTimeBetween(calendar, new Date(from), due)).toBe(ms);
    expect(subtractBusinessTime(calendar, due, ms).toISOString()).toBe(iso(from));
  });
});

describe('isWithinHours', () => {
  test.each<[...Probe<boolean>, Calendar]>([
    ['New York, the opening instant', '2026-03-03T09:00-05:00', true, newYork],
    ['New York, a millisecond before opening', '2026-03-03T08:59:59.999-05:00', false, newYork],
    ['New York, a millisecond before closing', '2026-03-03T16:59:59.999-05:00', true, newYork],
    ['New York, the closing instant', '2026-03-03T17:00-05:00', false, newYork],
    ['New York, a Saturday noon', '2026-03-07T12:00-05:00', false, newYork],
    ['New York, the observed Independence Day', '2026-07-03T10:00-04:00', false, newYork],
    ['London, lunch starting', '2026-02-10T12:00Z', false, london],
    ['London, the end of lunch', '2026-02-10T12:59Z', false, london],
    ['London, the afternoon opening', '2026-02-10T13:00Z', true, london],
    ['Toronto, the all-hands break', '2026-03-12T14:00-04:00', false, toronto],
    ['Toronto, the end of the break', '2026-03-12T15:00-04:00', true, toronto],
    ['Toronto, Christmas Eve morning', '2026-12-24T11:59-05:00', true, toronto],
    ['Toronto, Christmas Eve afternoon', '2026-12-24T12:00-05:00', false, toronto],
    ['Sydney, the opening asked in UTC', '2026-02-12T21:30Z', true, sydney],
    ['Sydney, a minute before opening asked in UTC', '2026-02-12T21:29Z', false, sydney],
  ])('%s', (_, at, open, calendar) => {
    expect(isWithinHours(calendar, new Date(at))).toBe(open);
  });
});

describe('nextOpening', () => {
  test.each<[...Probe<string>, Calendar]>([
    ['New York, within hours: itself', '2026-03-03T11:00-05:00', '2026-03-03T11:00-05:00', newYork],
    ['New York, at the opening instant', '2026-03-03T09:00-05:00', '2026-03-03T09:00-05:00', newYork],
    ['New York, at the closing instant', '2026-03-03T17:00-05:00', '2026-03-04T09:00-05:00', newYork],
    ['New York, a Friday evening in EST', '2026-03-06T19:45-05:00', '2026-03-09T09:00-04:00', newYork],
    ['New York, on Thanksgiving', '2026-11-26T10:00-05:00', '2026-11-27T09:00-05:00', newYork],
    ['New York, on Christmas Eve evening', '2026-12-24T18:00-05:00', '2026-12-28T09:00-05:00', newYork],
    ['London, during lunch', '2026-02-10T12:10Z', '2026-02-10T13:00Z', london],
    ['London, on Good Friday', '2026-04-03T10:00+01:00', '2026-04-07T09:00+01:00', london],
    ['Toronto, during the break', '2026-03-12T14:30-04:00', '2026-03-12T15:00-04:00', toronto],
    ['Toronto, Christmas Eve afternoon', '2026-12-24T12:00-05:00', '2026-12-29T08:00-05:00', toronto],
    ['Sydney, on Good Friday', '2026-04-03T10:00+11:00', '2026-04-07T08:30+10:00', sydney],
  ])('%s', (_, at, opening, calendar) => {
    expect(nextOpening(calendar, new Date(at)).toISOString()).toBe(iso(opening));
  });
});
