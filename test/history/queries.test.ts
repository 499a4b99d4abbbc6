import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import type { HistoryDb } from '../../lib/history/db';
import { customerHistory } from '../../lib/history/queries';
import { recordTicket } from '../../lib/history/recorder';
import {
  DAY,
  freshHistory,
  HOUR,
  makeInteraction,
  makeProduct,
  mayaCallsBack,
  mayaUpgrades,
  NOW,
} from '../builders/history';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { makeTicket } from '../builders/ticket';

let db: HistoryDb;
beforeEach(async () => {
  db = await freshHistory();
});
afterEach(() => db.close());

const danielsChat = makeTicket({
  ticketId: '4519',
  url: 'https://northwind.zendesk.com/agent/tickets/4519',
  subject: 'Router keeps dropping Wi-Fi every evening',
  requester: { name: 'Daniel Reyes', phone: '+44 7700 900123', handle: '+44 7700 900123' },
  channel: 'messaging',
  tags: ['wifi', 'router_x2', 'connectivity'],
});

/** The demo: Maya's upgrade case, her refund email, then her callback; Daniel's chat beside them. */
async function recordDemo(): Promise<string> {
  await recordTicket(db, mayaUpgrades(), NOW - 2 * DAY);
  await recordTicket(db, makeTicket(), NOW - 3 * HOUR);
  await recordTicket(db, danielsChat, NOW - HOUR);
  return (await recordTicket(db, mayaCallsBack(), NOW))!;
}

function newChat(requester: TicketSnapshot['requester']): TicketSnapshot {
  return makeTicket({
    ticketId: '4533',
    url: 'https://northwind.zendesk.com/agent/tickets/4533',
    channel: 'chat',
    requester,
  });
}

describe('customerHistory', () => {
  test("on Maya's callback: her other contacts across helpdesks, newest first, and the refund email it continues", async () => {
    const maya = await recordDemo();
    await db.put('products', makeProduct({ customerId: maya }));
    await db.put('products', makeProduct({ id: 'p-9c03d1', customerId: maya, productId: 'router-x2' }));

    const history = await customerHistory(db, mayaCallsBack(), { now: NOW });

    expect(history.requesterIdentified).toBe(true);
    expect(history.customer).toEqual({
      id: maya,
      name: 'Maya Okafor',
      identities: [
        { kind: 'email', value: 'maya.okafor@example.com' },
        { kind: 'phone', value: '+14155550143' },
      ],
    });
    expect(history.interactions.map(({ helpdesk, ticketId }) => `${helpdesk} ${ticketId}`)).toEqual([
      'zendesk 4512',
      'salesforce 00104225',
    ]);
    expect(history.productsOwned).toEqual(['fibre-100', 'router-x2']);
    expect(history.repeatContacts).toBe(3);
    expect(history.continuation).toEqual({ interaction: history.interactions[0], reason: 'refund' });
  });

  test('contacts older than 30 days are history but not repeat contacts', async () => {
    const maya = await recordTicket(db, mayaCallsBack(), NOW);
    await db.put(
      'interactions',
      makeInteraction({
        customerId: maya!,
        ticketId: '3980',
        createdAt: NOW - 45 * DAY,
        updatedAt: NOW - 44 * DAY,
      }),
    );

    const history = await customerHistory(db, mayaCallsBack(), { now: NOW });

    expect(history.interactions.map(({ ticketId }) => ticketId)).toEqual(['3980']);
    expect(history.repeatContacts).toBe(1);
    expect(history.continuation).toBeUndefined();
  });

  test.each<[string, TicketSnapshot, boolean]>([
    ['a requester known by name only', newChat({ name: 'Visitor 4021' }), false],
    ['a requester not recorded yet', newChat({ email: 'new.customer@example.com' }), true],
  ])('%s', async (_case, ticket, requesterIdentified) => {
    await recordDemo();
    expect(await customerHistory(db, ticket, { now: NOW })).toEqual({
      requesterIdentified,
      interactions: [],
      productsOwned: [],
      repeatContacts: 1,
    });
  });

  test('finds the customer through a phone number written locally, given the default country', async () => {
    const maya = await recordDemo();
    const call = mayaCallsBack({
      ticketId: '4534',
      url: 'https://northwind.zendesk.com/agent/tickets/4534',
      requester: { phone: '(415) 555-0143' },
    });
    expect((await customerHistory(db, call, { now: NOW, defaultCountry: 'US' })).customer?.id).toBe(maya);
    expect((await customerHistory(db, call, { now: NOW })).customer).toBeUndefined();
  });

  test('a reading that names no one still shows the recorded customer of its ticket', async () => {
    const maya = await recordDemo();
    const halfLoaded = mayaCallsBack({ requester: {} });
    const history = await customerHistory(db, halfLoaded, { now: NOW });
    expect(history).toMatchObject({ requesterIdentified: false, customer: { id: maya } });
  });

  test('skips and reports a record it cannot read', async () => {
    const maya = await recordDemo();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.put('interactions', {
      ...makeInteraction({ customerId: maya, ticketId: '4501' }),
      channel: 'fax',
    });

    const history = await customerHistory(db, mayaCallsBack(), { now: NOW });

    expect(history.interactions.map(({ ticketId }) => ticketId)).toEqual(['4512', '00104225']);
    expect(warn).toHaveBeenCalledWith(
      'Touchpoint: skipped an unreadable interactions record:',
      expect.stringMatching(/^channel: /),
    );
  });
});
