import { describe, expect, test } from 'vitest';

import type { ExtractContext } from '../../lib/helpdesks/adapter';
import { instantOfLocalText } from '../../lib/helpdesks/local-time-text';
import { channelOf, priorityOf, statusOf } from '../../lib/helpdesks/salesforce-values';

describe('statusOf', () => {
  test.each([
    ['New', 'new'],
    ['Working', 'open'],
    ['Escalated', 'open'],
    ['On Hold', 'on-hold'],
    ['Waiting on Customer', 'pending'],
    ['Closed', 'closed'],
    [' closed ', 'closed'],
    ['Awaiting Parts', undefined],
    [undefined, undefined],
  ])('%s → %s', (label, status) => {
    expect(statusOf(label)).toBe(status);
  });
});

describe('priorityOf', () => {
  test.each([
    ['High', 'high'],
    ['Medium', 'normal'],
    ['Low', 'low'],
    ['Critical', 'urgent'],
    ['Urgent', 'urgent'],
    ['P2', undefined],
    [undefined, undefined],
  ])('%s → %s', (label, priority) => {
    expect(priorityOf(label)).toBe(priority);
  });
});

describe('channelOf (Case Origin)', () => {
  test.each([
    ['Email', 'email'],
    ['Phone', 'phone'],
    ['Web', 'web'],
    ['Chat', 'chat'],
    ['WhatsApp', 'messaging'],
    ['SMS', 'messaging'],
    ['Facebook', 'social'],
    ['API', 'api'],
    ['Partner Portal', 'other'],
    [undefined, 'other'],
  ])('%s → %s', (origin, channel) => {
    expect(channelOf(origin)).toBe(channel);
  });
});

describe('instantOfLocalText', () => {
  const newYork: ExtractContext = { timeZone: 'America/New_York', dateOrder: 'mdy' };
  const berlin: ExtractContext = { timeZone: 'Europe/Berlin', dateOrder: 'dmy' };

  test.each([
    ['10/3/2024, 9:14 AM', newYork, '2024-10-03T13:14:00.000Z'],
    ['1/15/2025, 4:30 PM', newYork, '2025-01-15T21:30:00.000Z'],
    ['October 1, 2024 at 3:15 PM', newYork, '2024-10-01T19:15:00.000Z'],
    ['03.10.2024, 16:40', berlin, '2024-10-03T14:40:00.000Z'],
    ['15.01.2025, 08:05', berlin, '2025-01-15T07:05:00.000Z'],
    // Relative, two-digit years, and wall times that happened twice or never.
    ['1h ago', newYork, undefined],
    ['Yesterday at 2:05 PM', newYork, undefined],
    ['10/3/24, 9:14 AM', newYork, undefined],
    ['11/3/2024, 1:30 AM', newYork, undefined],
    ['3/10/2024, 2:30 AM', newYork, undefined],
    ['27.10.2024, 02:30', berlin, undefined],
    [undefined, newYork, undefined],
  ])('%s (%o) → %s', (text, context, instant) => {
    expect(instantOfLocalText(text, context)).toBe(instant);
  });
});
