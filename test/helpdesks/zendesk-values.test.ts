import { describe, expect, test } from 'vitest';

import { channelFromVia, priorityFromLabel, statusFromLabel } from '../../lib/helpdesks/zendesk-values';

describe('zendesk value mappings', () => {
  test.each([
    ['Via email', 'email'],
    ['Via Web form', 'web'],
    ['Via Web Widget', 'web'],
    ['Via WhatsApp', 'messaging'],
    ['Via Messaging', 'messaging'],
    ['Via Facebook Messenger', 'messaging'],
    ['Via Instagram Direct', 'messaging'],
    ['Via LINE', 'messaging'],
    ['Via SMS', 'messaging'],
    ['Via Phone call (incoming)', 'phone'],
    ['Via Phone call (outgoing)', 'phone'],
    ['Via Voicemail', 'phone'],
    ['Via Chat', 'chat'],
    ['Via API', 'api'],
    ['Via Twitter', 'social'],
    ['Via X Corp', 'social'],
    ['Via Facebook post', 'social'],
    ['  Via\n  email ', 'email'],
    ['Via Closed ticket', 'other'],
    ['Via constructor', 'other'],
    [undefined, 'other'],
  ] as const)('%j → %s', (label, channel) => {
    expect(channelFromVia(label)).toBe(channel);
  });

  test.each([
    ['Low', 'low'],
    ['Normal', 'normal'],
    ['High', 'high'],
    ['Urgent', 'urgent'],
    ['-', undefined],
    ['', undefined],
    ['Critical', undefined],
    [undefined, undefined],
  ] as const)('priority %j → %s', (label, priority) => {
    expect(priorityFromLabel(label)).toBe(priority);
  });

  test.each([
    ['New', 'new'],
    ['Open', 'open'],
    ['Pending', 'pending'],
    ['On-hold', 'on-hold'],
    ['On hold', 'on-hold'],
    ['Solved', 'solved'],
    ['Closed', 'closed'],
    ['Awaiting parts', undefined],
    ['-', undefined],
    [undefined, undefined],
  ] as const)('status %j → %s', (label, status) => {
    expect(statusFromLabel(label)).toBe(status);
  });
});
