import { describe, expect, test } from 'vitest';

import {
  breachedAgoText,
  dueText,
  elapsedText,
  pausedUntilText,
  timeLeftText,
  type InstantWording,
} from '../../lib/standards/format';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

describe('durations, rounded down', () => {
  test.each<[string, (ms: number) => string, number, string]>([
    ['time left', timeLeftText, 1 * hour + 12 * minute + 59 * second, '1 h 12 min left'],
    ['time left', timeLeftText, 2 * hour, '2 h left'],
    ['time left', timeLeftText, 2 * hour + 59 * second, '2 h left'],
    ['time left', timeLeftText, 59 * minute + 59 * second, '59 min left'],
    ['time left', timeLeftText, 45 * second + 999, '45 s left'],
    ['time left', timeLeftText, 999, '0 s left'],
    ['time left', timeLeftText, 0, '0 s left'],
    // A Friday-evening ticket due Monday, counted on the wall clock.
    ['time left', timeLeftText, 2 * day + 17 * hour + 45 * minute, '2 d 17 h left'],
    ['time left', timeLeftText, 3 * day + 30 * minute, '3 d left'],
    ['breached', breachedAgoText, 14 * minute + 30 * second, 'breached 14 min ago'],
    ['breached', breachedAgoText, 0, 'breached 0 s ago'],
    ['breached', breachedAgoText, 7 * hour + 5 * minute, 'breached 7 h 5 min ago'],
    ['elapsed', elapsedText, 5 * hour + 30 * minute, '5 h 30 min elapsed'],
  ])('%s %d ms → %s', (_kind, format, ms, expected) => {
    expect(format(ms)).toBe(expected);
  });
});

describe('instants, in the calendar’s zone and the agent’s locale', () => {
  // Friday 4 December 2026, 17:30 in New York (22:30Z).
  const now = Date.parse('2026-12-04T22:30:00Z');
  const newYork = (locale: string, showZone = false): InstantWording => ({
    timeZone: 'America/New_York',
    locale,
    now,
    showZone,
  });
  const mondayOpening = Date.parse('2026-12-07T14:00:00Z'); // Monday 09:00 New York
  const tuesdayDue = Date.parse('2026-12-08T15:30:00Z'); // Tuesday 10:30 New York
  // After a fortnight's closure a weekday alone would be ambiguous.
  const januaryOpening = Date.parse('2027-01-04T14:00:00Z'); // Monday 4 January 09:00

  test.each<[string, string, string]>([
    ['paused, en-GB', pausedUntilText(mondayOpening, newYork('en-GB')), 'paused until Mon 09:00'],
    ['paused, en-US', pausedUntilText(mondayOpening, newYork('en-US')), 'paused until Mon 9:00 AM'],
    ['paused, de-DE', pausedUntilText(mondayOpening, newYork('de-DE')), 'paused until Mo., 09:00'],
    ['due, en-GB', dueText(tuesdayDue, newYork('en-GB')), 'due Tue 10:30'],
    ['due, named zone', dueText(tuesdayDue, newYork('en-US', true)), 'due Tue, 10:30 AM EST'],
    [
      'far ahead, with the date',
      pausedUntilText(januaryOpening, newYork('en-GB')),
      'paused until Mon 4 Jan, 9:00',
    ],
    // London reads the same instant in its own zone: Monday 14:00.
    [
      'another calendar zone',
      pausedUntilText(mondayOpening, { timeZone: 'Europe/London', locale: 'en-GB', now }),
      'paused until Mon 14:00',
    ],
  ])('%s', (_case, actual, expected) => {
    expect(actual.replaceAll('\u202f', ' ')).toBe(expected);
  });
});
