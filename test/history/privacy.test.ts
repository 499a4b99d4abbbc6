import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import type { HistoryDb } from '../../lib/history/db';
import { exportCustomer, forgetCustomer, purgeExpired } from '../../lib/history/privacy';
import { recordTicket } from '../../lib/history/recorder';
import {
  DAY,
  freshHistory,
  HOUR,
  makeInteraction,
  makeOfferEvent,
  makeProduct,
  mayaCallsBack,
  mayaUpgrades,
  NOW,
} from '../builders/history';
import { makeTicket } from '../builders/ticket';

let db: HistoryDb;
beforeEach(async () => {
  db = await freshHistory();
});
afterEach(() => db.close());

const tomsOutage = makeTicket({
  ticketId: '4527',
  url: 'https://northwind.zendesk.com/agent/tickets/4527',
  subject: 'No internet since 6am — Bristol BS8',
  requester: { name: 'Tom Becker', email: 'tom.becker@example.co.uk', phone: '+44 117 496 0321' },
  tags: ['outage', 'bristol'],
});
const priyasLogin = makeTicket({
  ticketId: '4498',
  url: 'https://northwind.zendesk.com/agent/tickets/4498',
  subject: "Can't log in after password reset",
  requester: { name: 'Priya Natarajan', email: 'priya.n@example.org' },
  channel: 'web',
  tags: ['account', 'login'],
});

async function ageInteraction(helpdesk: string, ticketId: string, days: number): Promise<void> {
  const stored = await db.get('interactions', [helpdesk, ticketId]);
  await db.put('interactions', { ...(stored as object), updatedAt: NOW - days * DAY });
}

describe('purgeExpired', () => {
  test('deletes interactions older than 180 days, and the customers they leave with nothing', async () => {
    const maya = (await recordTicket(db, makeTicket(), NOW))!;
    await recordTicket(db, mayaCallsBack(), NOW);
    const tom = (await recordTicket(db, tomsOutage, NOW))!;
    const priya = (await recordTicket(db, priyasLogin, NOW))!;
    await db.put('products', makeProduct({ customerId: tom, productId: 'fibre-100' }));
    await ageInteraction('zendesk', '4512', 200); // Maya keeps her recent call
    await ageInteraction('zendesk', '4527', 181); // Tom keeps the product he owns
    await ageInteraction('zendesk', '4498', 190); // Priya is left with nothing
    await ageInteraction('zendesk', '4530', 179);

    expect(await purgeExpired(db, NOW)).toEqual({ interactions: 3, customers: 1, merges: 0 });

    expect(await db.getAllKeys('interactions')).toEqual([['zendesk', '4530']]);
    expect((await db.getAllKeys('customers')).sort()).toEqual([maya, tom].sort());
    expect(await db.getAllKeysFromIndex('identities', 'byCustomer', priya)).toEqual([]);
  });

  test('takes a shorter retention, and purges merge logs as old', async () => {
    await recordTicket(db, makeTicket({ requester: { email: 'maya.okafor@example.com' } }), NOW - 40 * DAY);
    await recordTicket(db, mayaCallsBack({ requester: { phone: '+1 415 555 0143' } }), NOW - 40 * DAY + HOUR);
    await recordTicket(db, mayaUpgrades(), NOW - 35 * DAY); // links the two: one merge
    await ageInteraction('salesforce', '00104225', 35);

    expect(await purgeExpired(db, NOW, 30)).toEqual({ interactions: 1, customers: 0, merges: 1 });
    expect(await db.count('interactions')).toBe(2);
  });
});

describe('forgetCustomer', () => {
  test('erases every record of the customer and nothing of anyone else', async () => {
    await recordTicket(db, makeTicket({ requester: { email: 'maya.okafor@example.com' } }), NOW - 3 * HOUR);
    await recordTicket(db, mayaCallsBack({ requester: { phone: '+1 415 555 0143' } }), NOW - 2 * HOUR);
    const maya = (await recordTicket(db, mayaUpgrades(), NOW))!;
    const tom = (await recordTicket(db, tomsOutage, NOW))!;
    await db.put('products', makeProduct({ customerId: maya }));
    await db.put('offerEvents', makeOfferEvent({ customerId: maya }));
    await db.put('products', makeProduct({ id: 'p-2210aa', customerId: tom, productId: 'fibre-500' }));

    await forgetCustomer(db, maya);

    expect(await db.getAllKeys('customers')).toEqual([tom]);
    expect(await db.getAllKeys('identities')).toEqual([
      ['email', 'tom.becker@example.co.uk'],
      ['phone', '+441174960321'],
    ]);
    expect(await db.getAllKeys('interactions')).toEqual([['zendesk', '4527']]);
    expect(await db.getAllKeys('products')).toEqual(['p-2210aa']);
    expect(await db.count('offerEvents')).toBe(0);
    expect(await db.count('merges')).toBe(0);
  });
});

describe('exportCustomer', () => {
  test('returns everything stored about the customer as JSON', async () => {
    const maya = (await recordTicket(db, makeTicket(), NOW))!;
    await db.put('products', makeProduct({ customerId: maya }));
    await db.put('offerEvents', makeOfferEvent({ customerId: maya }));
    await recordTicket(db, tomsOutage, NOW);

    const exported = await exportCustomer(db, maya, NOW);

    const seenOn = { helpdesk: 'zendesk', ticketId: '4512' };
    expect(JSON.parse(JSON.stringify(exported))).toEqual({
      format: 'touchpoint-customer/1',
      exportedAt: '2026-11-26T11:22:00.000Z',
      customer: { id: maya, name: 'Maya Okafor', createdAt: NOW },
      identities: [
        { kind: 'email', value: 'maya.okafor@example.com', customerId: maya, firstSeenAt: NOW, seenOn },
        { kind: 'phone', value: '+14155550143', customerId: maya, firstSeenAt: NOW, seenOn },
      ],
      interactions: [makeInteraction({ customerId: maya })],
      productsOwned: [makeProduct({ customerId: maya })],
      offerEvents: [makeOfferEvent({ customerId: maya })],
      merges: [],
    });
  });
});
