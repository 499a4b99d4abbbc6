import { describe, expect, test } from 'vitest';

import {
  instantsForWallTime,
  isKnownTimeZone,
  offsetAt,
  resolveWallTime,
  unambiguousInstant,
  wallTimeAt,
} from '../../lib/time/wall-time';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('instantsForWallTime', () => {
  test.each([
    // An ordinary winter and summer reading in New York.
    [
      'America/New_York',
      { year: 2026, month: 1, day: 15, hour: 9, minute: 30 },
      ['2026-01-15T14:30:00.000Z'],
    ],
    ['America/New_York', { year: 2026, month: 7, day: 1, hour: 9, minute: 30 }, ['2026-07-01T13:30:00.000Z']],
    // 2026-03-08 02:30 does not exist in New York: clocks jump from 02:00 to 03:00.
    ['America/New_York', { year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, []],
    // 2026-11-01 01:30 happens twice in New York: first in EDT, then in EST.
    [
      'America/New_York',
      { year: 2026, month: 11, day: 1, hour: 1, minute: 30 },
      ['2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z'],
    ],
    // Berlin's autumn change (2026-10-25 02:30 happens twice).
    [
      'Europe/Berlin',
      { year: 2026, month: 10, day: 25, hour: 2, minute: 30 },
      ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'],
    ],
    // Lord Howe shifts by half an hour; Kolkata has no DST and a half-hour offset.
    ['Asia/Kolkata', { year: 2026, month: 11, day: 26, hour: 10, minute: 0 }, ['2026-11-26T04:30:00.000Z']],
    [
      'UTC',
      { year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59 },
      ['2024-02-29T23:59:59.000Z'],
    ],
  ])('%s %o', (zone, wall, expected) => {
    expect(instantsForWallTime(wall, zone).map(iso)).toEqual(expected);
  });
});

describe('unambiguousInstant and resolveWallTime', () => {
  test.each([
    [
      'an ordinary time',
      { year: 2026, month: 1, day: 15, hour: 9, minute: 30 },
      '2026-01-15T14:30:00.000Z',
      '2026-01-15T14:30:00.000Z',
    ],
    [
      'a time in the spring gap moves forward',
      { year: 2026, month: 3, day: 8, hour: 2, minute: 30 },
      undefined,
      '2026-03-08T07:30:00.000Z',
    ],
    [
      'a time in the autumn overlap takes the earlier',
      { year: 2026, month: 11, day: 1, hour: 1, minute: 30 },
      undefined,
      '2026-11-01T05:30:00.000Z',
    ],
  ])('%s', (_case, wall, unambiguous, resolved) => {
    expect(iso(unambiguousInstant(wall, 'America/New_York'))).toBe(unambiguous);
    expect(iso(resolveWallTime(wall, 'America/New_York'))).toBe(resolved);
  });
});

test('wallTimeAt and offsetAt read the zone at an instant', () => {
  const instant = Date.parse('2026-11-01T06:30:00Z');
  expect(wallTimeAt(instant, 'America/New_York')).toEqual({
    year: 2026,
    month: 11,
    day: 1,
    hour: 1,
    minute: 30,
    second: 0,
  });
  expect(offsetAt(instant, 'America/New_York')).toBe(-5 * 3_600_000);
  expect(offsetAt(Date.parse('2026-11-01T05:30:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
});

test.each([
  ['America/New_York', true],
  ['Europe/Berlin', true],
  ['Mars/Olympus_Mons', false],
  ['', false],
])('isKnownTimeZone(%j) is %s', (zone, known) => {
  expect(isKnownTimeZone(zone)).toBe(known);
});
