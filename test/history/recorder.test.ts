import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import type { HistoryDb } from '../../lib/history/db';
import { recordTicket } from '../../lib/history/recorder';
import type { Interaction } from '../../lib/history/schema';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { freshHistory, mayaCallsBack, NOW } from '../builders/history';
import { makeTicket } from '../builders/ticket';

let db: HistoryDb;
beforeEach(async () => {
  db = await freshHistory();
});
afterEach(() => db.close());

describe('recording a reading', () => {
  test('stores the customer, their identities and the interaction', async () => {
    const customerId = await recordTicket(db, makeTicket(), NOW);

    expect(await db.getAll('customers')).toEqual([{ id: customerId, name: 'Maya Okafor', createdAt: NOW }]);
    const seenOn = { helpdesk: 'zendesk', ticketId: '4512' };
    expect(await db.getAll('identities')).toEqual([
      { kind: 'email', value: 'maya.okafor@example.com', customerId, firstSeenAt: NOW, seenOn },
      { kind: 'phone', value: '+14155550143', customerId, firstSeenAt: NOW, seenOn },
    ]);
    expect(await db.get('interactions', ['zendesk', '4512'])).toEqual({
      helpdesk: 'zendesk',
      ticketId: '4512',
      customerId,
      channel: 'email',
      subject: 'Refund for double charge on November invoice',
      status: 'open',
      tags: ['billing', 'refund', 'invoice'],
      createdAt: Date.parse('2026-11-26T08:12:00.000Z'),
      updatedAt: Date.parse('2026-11-26T10:47:00.000Z'),
      excerpt:
        'Thanks Sam. Could you confirm the refund goes back to the card ending 4417 and not to account credit?',
      url: 'https://northwind.zendesk.com/agent/tickets/4512',
    });
  });

  test('a reading that changes nothing opens no write transaction', async () => {
    const customerId = await recordTicket(db, makeTicket(), NOW);
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');

    expect(await recordTicket(db, makeTicket(), NOW + 5_000)).toBe(customerId);

    expect(transaction.mock.calls.map(([, mode]) => mode)).toEqual(['readonly']);
  });

  test.each<[string, Partial<TicketSnapshot>, Partial<Interaction>]>([
    ['the status changes', { status: 'pending' }, { status: 'pending' }],
    [
      'the subject is edited',
      { subject: 'Refund for double charge (INV-20931)' },
      { subject: 'Refund for double charge (INV-20931)' },
    ],
    [
      'the customer writes again',
      { lastCustomerMessageAt: '2026-11-26T11:15:00.000Z', latestCustomerMessage: 'Any news on the refund?' },
      { updatedAt: Date.parse('2026-11-26T11:15:00.000Z'), excerpt: 'Any news on the refund?' },
    ],
    [
      'a reading of the half-loaded page lacks the message and status',
      { latestCustomerMessage: undefined, status: undefined, lastCustomerMessageAt: undefined },
      {},
    ],
  ])('updates the interaction when %s', async (_case, change, expected) => {
    await recordTicket(db, makeTicket(), NOW);
    const before = await db.get('interactions', ['zendesk', '4512']);

    await recordTicket(db, makeTicket(change), NOW + 60_000);

    expect(await db.get('interactions', ['zendesk', '4512'])).toEqual({ ...(before as object), ...expected });
  });

  test('keeps an excerpt of at most 500 characters of a long message', async () => {
    const message = `${'I have been charged twice and nobody has called me back. '.repeat(12)}Please call.`;
    await recordTicket(db, makeTicket({ latestCustomerMessage: message }), NOW);

    const stored = await db.get('interactions', ['zendesk', '4512']);
    expect(stored).toMatchObject({ excerpt: `${message.slice(0, 499)}…` });
  });

  test('a ticket without any requester identity is not recorded', async () => {
    const anonymous = makeTicket({ requester: { name: 'Visitor 4021' } });
    expect(await recordTicket(db, anonymous, NOW)).toBeUndefined();
    expect(await db.count('interactions')).toBe(0);
    expect(await db.count('customers')).toBe(0);
  });

  test('a recorded ticket read without identities keeps its customer', async () => {
    const customerId = await recordTicket(db, makeTicket(), NOW);
    const halfLoaded = makeTicket({ requester: {}, status: 'pending' });

    expect(await recordTicket(db, halfLoaded, NOW + 1_000)).toBe(customerId);
    expect(await db.get('interactions', ['zendesk', '4512'])).toMatchObject({
      customerId,
      status: 'pending',
    });
  });
});

describe('one customer across channels and helpdesks', () => {
  test('an email ticket then a call showing the same email and the phone: one customer', async () => {
    const byEmail = await recordTicket(
      db,
      makeTicket({ requester: { email: 'maya.okafor@example.com' } }),
      NOW,
    );
    const byPhone = await recordTicket(db, mayaCallsBack(), NOW + 60_000);

    expect(byPhone).toBe(byEmail);
    expect(await db.count('customers')).toBe(1);
    expect(await db.count('merges')).toBe(0);
  });

  test.each<
    [string, TicketSnapshot['requester'], TicketSnapshot['requester'], { defaultCountry?: 'US' }, boolean]
  >([
    [
      'email in another case',
      { email: 'Maya.Okafor@Example.com ' },
      { email: 'maya.okafor@example.com' },
      {},
      true,
    ],
    [
      'phone written two ways',
      { phone: '+1 415 555 0143' },
      { phone: '(415) 555-0143' },
      { defaultCountry: 'US' },
      true,
    ],
    ['local phone, no default country', { phone: '+1 415 555 0143' }, { phone: '(415) 555-0143' }, {}, false],
    [
      'plus-addressed email',
      { email: 'maya.okafor@example.com' },
      { email: 'maya.okafor+billing@example.com' },
      {},
      false,
    ],
    [
      'same name only',
      { name: 'Maya Okafor', email: 'maya.okafor@example.com' },
      { name: 'Maya Okafor', email: 'm.okafor@example.org' },
      {},
      false,
    ],
  ])('%s', async (_case, first, second, options, linked) => {
    const one = await recordTicket(db, makeTicket({ requester: first }), NOW, options);
    const other = await recordTicket(db, mayaCallsBack({ requester: second }), NOW + 60_000, options);
    expect(one === other).toBe(linked);
  });

  test('two readings at once of a new customer create one customer', async () => {
    const [byEmail, byPhone] = await Promise.all([
      recordTicket(db, makeTicket(), NOW),
      recordTicket(db, mayaCallsBack(), NOW),
    ]);
    expect(byPhone).toBe(byEmail);
    expect(await db.count('customers')).toBe(1);
  });

  test('an identity record that cannot be read is reported and replaced', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.put('identities', { kind: 'email', value: 'maya.okafor@example.com', customer: 'lost' });

    const customerId = await recordTicket(db, makeTicket(), NOW);

    expect(warn).toHaveBeenCalledWith(
      'Touchpoint: skipped an unreadable identities record:',
      'customerId: Invalid input: expected string, received undefined',
    );
    expect(await db.get('identities', ['email', 'maya.okafor@example.com'])).toMatchObject({ customerId });
  });
});
