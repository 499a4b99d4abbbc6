import { describe, expect, test } from 'vitest';

import { findContinuation, sharedMatter } from '../../lib/history/continuation';
import type { Interaction } from '../../lib/history/schema';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { DAY, HOUR, makeInteraction, mayaCallsBack, NOW } from '../builders/history';

describe('sharedMatter', () => {
  test.each<[string, Pick<TicketSnapshot, 'subject' | 'tags'>, Partial<Interaction>, string | undefined]>([
    [
      'a subject word that is also a shared tag',
      { subject: 'Callback: refund still not received', tags: ['billing', 'refund', 'callback'] },
      {},
      'refund',
    ],
    ['plural and singular', { subject: 'Refunds not showing on my card', tags: [] }, { tags: [] }, 'refund'],
    [
      'a shared subject word alone',
      { subject: 'Router X2 return label', tags: ['returns'] },
      { subject: 'Router keeps dropping Wi-Fi every evening', tags: ['wifi', 'router_x2'] },
      'router',
    ],
    [
      'a shared tag alone, read as words',
      { subject: 'Upstairs rooms have no signal', tags: ['router_x2'] },
      { subject: 'Wi-Fi drops every evening', tags: ['wifi', 'router_x2'] },
      'router x2',
    ],
    [
      'only stop words in common',
      { subject: 'Question about the new plan', tags: [] },
      { subject: 'Question about the bill', tags: [] },
      undefined,
    ],
    ['nothing in common', { subject: 'Upgrade to Fibre 500 plan', tags: [] }, {}, undefined],
  ])('%s', (_case, ticket, earlier, expected) => {
    expect(sharedMatter(ticket, makeInteraction(earlier))).toBe(expected);
  });
});

describe('findContinuation', () => {
  const call = mayaCallsBack();

  test.each<[string, Partial<Interaction>, boolean]>([
    ['an email about the refund 35 min ago', { updatedAt: NOW - 35 * 60_000 }, true],
    [
      'the same refund on Salesforce by phone',
      { helpdesk: 'salesforce', ticketId: '00104219', channel: 'phone' },
      true,
    ],
    [
      'an earlier call about the refund (same channel, same helpdesk)',
      { ticketId: '4490', channel: 'phone' },
      false,
    ],
    ['an email about the refund 8 days ago', { updatedAt: NOW - 8 * DAY }, false],
    ['an email 6 days ago', { updatedAt: NOW - 6 * DAY }, true],
    ['an email about something else', { subject: 'Change of billing address', tags: ['address'] }, false],
  ])('%s continues: %s', (_case, earlier, continues) => {
    const interaction = makeInteraction(earlier);
    const found = findContinuation(call, [interaction], NOW);
    expect(found).toEqual(continues ? { interaction, reason: 'refund' } : undefined);
  });

  test('the newest matching contact wins', () => {
    const chat = makeInteraction({ ticketId: '4528', channel: 'chat', updatedAt: NOW - HOUR });
    const email = makeInteraction({ updatedAt: NOW - 3 * HOUR });
    expect(findContinuation(call, [chat, email], NOW)?.interaction).toBe(chat);
  });
});
