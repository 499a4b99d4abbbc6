import { expect, test } from 'vitest';

import { dateOrderOf, readLocalDateTime } from '../../lib/time/local-date-text';

test.each([
  ['10/3/2024, 9:14 AM', 'mdy', { year: 2024, month: 10, day: 3, hour: 9, minute: 14, second: 0 }],
  ['10/3/2024, 9:14 AM', 'dmy', { year: 2024, month: 3, day: 10, hour: 9, minute: 14, second: 0 }],
  ['10/3/2024 12:05 PM', 'mdy', { year: 2024, month: 10, day: 3, hour: 12, minute: 5, second: 0 }],
  ['10/3/2024 12:05 AM', 'mdy', { year: 2024, month: 10, day: 3, hour: 0, minute: 5, second: 0 }],
  ['03.10.2024, 14:07', 'dmy', { year: 2024, month: 10, day: 3, hour: 14, minute: 7, second: 0 }],
  ['2024-10-03 09:14:30', 'mdy', { year: 2024, month: 10, day: 3, hour: 9, minute: 14, second: 30 }],
  [
    '2 days ago (Tue, 1 Oct 2024 at 3:15 PM)',
    'mdy',
    { year: 2024, month: 10, day: 1, hour: 15, minute: 15, second: 0 },
  ],
  ['Oct 3, 2024 9:14 a.m.', 'dmy', { year: 2024, month: 10, day: 3, hour: 9, minute: 14, second: 0 }],
  ['29/2/2024 08:00', 'dmy', { year: 2024, month: 2, day: 29, hour: 8, minute: 0, second: 0 }],
])('reads %j as %s', (text, order, expected) => {
  expect(readLocalDateTime(text, order as 'mdy' | 'dmy')).toEqual(expected);
});

test.each([
  ['a relative time', '2 hours ago', 'mdy'],
  ['a time without a date', '9:14 AM', 'mdy'],
  ['a date without a time', '10/3/2024', 'mdy'],
  ['a two-digit year', '10/3/24, 9:14 AM', 'mdy'],
  ['a day that does not exist', '2/30/2024, 9:14 AM', 'mdy'],
  ['an hour past 12 with AM', '10/3/2024, 13:14 AM', 'mdy'],
  ['a minute past 59', '10/3/2024, 9:74', 'mdy'],
  ['empty text', '', 'dmy'],
])('refuses %s', (_case, text, order) => {
  expect(readLocalDateTime(text, order as 'mdy' | 'dmy')).toBeUndefined();
});

test.each([
  ['en-US', 'mdy'],
  ['en-GB', 'dmy'],
  ['de-DE', 'dmy'],
  ['ja-JP', 'ymd'],
])('dateOrderOf(%s) is %s', (locale, order) => {
  expect(dateOrderOf(locale)).toBe(order);
});
