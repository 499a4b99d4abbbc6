import { expect, test } from 'vitest';

import { timeAgo } from '../../lib/history/time-ago';
import { DAY, HOUR, NOW } from '../builders/history';

test.each<[string, number, string]>([
  ['a clock a little ahead', NOW + 30_000, 'just now'],
  ['59 seconds', NOW - 59_000, 'just now'],
  ['one minute', NOW - 60_000, '1 min ago'],
  ['35 minutes', NOW - 35 * 60_000, '35 min ago'],
  ['59 minutes 59 seconds', NOW - HOUR + 1_000, '59 min ago'],
  ['2 hours 50 minutes', NOW - 2 * HOUR - 50 * 60_000, '2 h ago'],
  ['23 hours', NOW - 23 * HOUR, '23 h ago'],
  ['a day and a half', NOW - 36 * HOUR, '1 day ago'],
  ['179 days', NOW - 179 * DAY, '179 days ago'],
])('%s → %s', (_case, then, text) => {
  expect(timeAgo(then, NOW)).toBe(text);
});
