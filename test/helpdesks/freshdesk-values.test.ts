import { describe, expect, test } from 'vitest';

import { channelFromSource, priorityFromLabel, statusFromLabel } from '../../lib/helpdesks/freshdesk-values';

describe('channelFromSource (what follows "reported via")', () => {
  test.each([
    ['email 2 days ago (Mon, 2 Nov 2026 at 9:12 AM)', 'email'],
    ['Email', 'email'],
    ['outbound email', 'email'],
    ['portal 3 days ago (Tue, 3 Nov 2026 at 17:05)', 'web'],
    ['the portal', 'web'],
    ['feedback widget an hour ago', 'web'],
    ['phone', 'phone'],
    ['chat 6 days ago', 'chat'],
    ['bot', 'chat'],
    ['WhatsApp a minute ago', 'messaging'],
    ['Facebook Messenger', 'messaging'],
    ['Instagram', 'messaging'],
    ['SMS', 'messaging'],
    ['Facebook', 'social'],
    ['Twitter', 'social'],
    ['X', 'social'],
    ['API', 'api'],
    // Not a source name, or one that only starts like one.
    ['emailing list', 'other'],
    ['phonebook', 'other'],
    ['ecommerce', 'other'],
    ['', 'other'],
    [undefined, 'other'],
  ])('%s → %s', (text, channel) => {
    expect(channelFromSource(text)).toBe(channel);
  });
});

describe('priorityFromLabel', () => {
  test.each([
    ['Low', 'low'],
    ['Medium', 'normal'],
    ['High', 'high'],
    ['Urgent', 'urgent'],
    [' urgent ', 'urgent'],
    ['--', undefined],
    ['Normal', undefined],
    ['constructor', undefined],
    [undefined, undefined],
  ])('%s → %s', (label, priority) => {
    expect(priorityFromLabel(label)).toBe(priority);
  });
});

describe('statusFromLabel', () => {
  test.each([
    ['Open', 'open'],
    ['Pending', 'pending'],
    ['Resolved', 'solved'],
    ['Closed', 'closed'],
    ['Waiting on Customer', 'pending'],
    ['Waiting on  third party', 'on-hold'],
    // Statuses an admin invents mean what the admin meant: not guessed.
    ['Awaiting parts', undefined],
    ['New', undefined],
    ['__proto__', undefined],
    [undefined, undefined],
  ])('%s → %s', (label, status) => {
    expect(statusFromLabel(label)).toBe(status);
  });
});
