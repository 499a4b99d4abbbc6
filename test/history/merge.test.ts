import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import type { HistoryDb } from '../../lib/history/db';
import { explainMerge, undoMerge } from '../../lib/history/merge';
import { recordTicket } from '../../lib/history/recorder';
import { mergeSchema, type MergeRecord } from '../../lib/history/schema';
import {
  freshHistory,
  HOUR,
  makeOfferEvent,
  makeProduct,
  mayaCallsBack,
  mayaUpgrades,
  NOW,
} from '../builders/history';
import { makeTicket } from '../builders/ticket';

const helpdeskNames: Record<string, string> = { zendesk: 'Zendesk', salesforce: 'Salesforce' };
const helpdeskName = (id: string) => helpdeskNames[id] ?? id;

let db: HistoryDb;
beforeEach(async () => {
  db = await freshHistory();
});
afterEach(() => db.close());

const byEmailOnly = makeTicket({ requester: { name: 'Maya Okafor', email: 'maya.okafor@example.com' } });
const byPhoneOnly = mayaCallsBack({ requester: { name: 'Maya Okafor', phone: '+1 415 555 0143' } });
const showingBoth = mayaUpgrades({
  requester: { name: 'Maya Okafor', email: 'maya.okafor@example.com', phone: '+1 (415) 555-0143' },
});

async function ownerOf(helpdesk: string, ticketId: string): Promise<unknown> {
  const interaction: unknown = await db.get('interactions', [helpdesk, ticketId]);
  return typeof interaction === 'object' && interaction !== null && 'customerId' in interaction
    ? interaction.customerId
    : undefined;
}

async function onlyMerge(): Promise<MergeRecord> {
  const [merge] = await db.getAll('merges');
  return mergeSchema.parse(merge);
}

/** Maya wrote by email, then called from her phone: two customers, until a case shows both. */
async function twoCustomersThenLinked() {
  const byEmail = (await recordTicket(db, byEmailOnly, NOW - 3 * HOUR))!;
  const byPhone = (await recordTicket(db, byPhoneOnly, NOW - 2 * HOUR))!;
  await db.put('products', makeProduct({ id: 'p-router', customerId: byPhone, productId: 'router-x2' }));
  await db.put('offerEvents', makeOfferEvent({ id: 'o-mesh', customerId: byPhone }));
  const linked = await recordTicket(db, showingBoth, NOW);
  return { byEmail, byPhone, linked };
}

describe('merging two customers seen together on one ticket', () => {
  test('the first recorded absorbs the other, with everything that was theirs', async () => {
    const { byEmail, byPhone, linked } = await twoCustomersThenLinked();

    expect(byPhone).not.toBe(byEmail);
    expect(linked).toBe(byEmail);
    expect(await db.getAllKeys('customers')).toEqual([byEmail]);
    expect(await ownerOf('zendesk', '4512')).toBe(byEmail);
    expect(await ownerOf('zendesk', '4530')).toBe(byEmail);
    expect(await ownerOf('salesforce', '00104225')).toBe(byEmail);
    expect(await db.get('products', 'p-router')).toMatchObject({ customerId: byEmail });
    expect(await db.get('offerEvents', 'o-mesh')).toMatchObject({ customerId: byEmail });
    expect(await db.get('identities', ['phone', '+14155550143'])).toMatchObject({ customerId: byEmail });
  });

  test('the merge is logged and explained', async () => {
    const { byEmail, byPhone } = await twoCustomersThenLinked();

    const merge = await onlyMerge();
    expect(merge).toMatchObject({
      at: NOW,
      survivorId: byEmail,
      absorbed: { id: byPhone, name: 'Maya Okafor', createdAt: NOW - 2 * HOUR },
      customerIds: [byEmail, byPhone],
      linkedBy: { kind: 'phone', value: '+14155550143' },
      seenOn: { helpdesk: 'salesforce', ticketId: '00104225' },
      moved: {
        identities: [{ kind: 'phone', value: '+14155550143' }],
        interactions: [['zendesk', '4530']],
        products: ['p-router'],
        offerEvents: ['o-mesh'],
      },
    });
    expect(explainMerge(merge, helpdeskName)).toBe(
      'linked by phone +1 415 555 0143 on Salesforce Case 00104225',
    );
  });
});

describe('undoMerge', () => {
  test('restores both customers and what belonged to whom', async () => {
    const { byEmail, byPhone } = await twoCustomersThenLinked();
    const merge = await onlyMerge();

    expect(await undoMerge(db, merge.id, NOW + HOUR)).toEqual({
      undone: true,
      customerIds: [byEmail, byPhone],
    });

    expect((await db.getAllKeys('customers')).sort()).toEqual([byEmail, byPhone].sort());
    expect(await ownerOf('zendesk', '4512')).toBe(byEmail);
    expect(await ownerOf('salesforce', '00104225')).toBe(byEmail);
    expect(await ownerOf('zendesk', '4530')).toBe(byPhone);
    expect(await db.get('identities', ['phone', '+14155550143'])).toMatchObject({ customerId: byPhone });
    expect(await db.get('products', 'p-router')).toMatchObject({ customerId: byPhone });
    expect(await db.get('offerEvents', 'o-mesh')).toMatchObject({ customerId: byPhone });
  });

  test('an undone merge stays undone when the linking ticket is read again', async () => {
    const { byEmail, byPhone } = await twoCustomersThenLinked();
    const merge = await onlyMerge();
    await undoMerge(db, merge.id, NOW + HOUR);

    expect(await recordTicket(db, showingBoth, NOW + 2 * HOUR)).toBe(byEmail);

    expect((await db.getAllKeys('customers')).sort()).toEqual([byEmail, byPhone].sort());
    expect(await db.count('merges')).toBe(1);
    expect(await onlyMerge()).toMatchObject({ undoneAt: NOW + HOUR });
  });

  test.each([
    [
      'an unknown merge',
      async (): Promise<string> => 'b0d1e6a2-0000-4000-8000-000000000000',
      'unknown-merge',
    ],
    [
      'a merge undone already',
      async (): Promise<string> => {
        const { id } = await onlyMerge();
        await undoMerge(db, id, NOW + HOUR);
        return id;
      },
      'already-undone',
    ],
  ] as const)('refuses %s', async (_case, mergeId, reason) => {
    await twoCustomersThenLinked();
    expect(await undoMerge(db, await mergeId(), NOW + 2 * HOUR)).toEqual({ undone: false, reason });
  });

  test('a merge whose survivor was merged again waits for the later merge to be undone', async () => {
    const byHandle = await recordTicket(
      db,
      makeTicket({
        ticketId: '4470',
        url: 'https://northwind.zendesk.com/agent/tickets/4470',
        channel: 'social',
        requester: { handle: '@maya_okafor' },
      }),
      NOW - 5 * HOUR,
    );
    const { byEmail, byPhone } = await twoCustomersThenLinked();
    const first = await onlyMerge();
    const handleAndEmail = mayaUpgrades({
      ticketId: '00104240',
      url: 'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7d9AAB/view',
      requester: { email: 'maya.okafor@example.com', handle: 'maya_okafor' },
    });
    await recordTicket(db, handleAndEmail, NOW + HOUR);
    const merges = (await db.getAll('merges')).map((merge) => mergeSchema.parse(merge));
    const second = merges.find(({ id }) => id !== first.id)!;

    expect(await undoMerge(db, first.id)).toEqual({ undone: false, reason: 'merged-again' });
    expect(await undoMerge(db, second.id)).toEqual({ undone: true, customerIds: [byHandle, byEmail] });
    expect(await undoMerge(db, first.id)).toEqual({ undone: true, customerIds: [byEmail, byPhone] });
    expect(await db.count('customers')).toBe(3);
  });
});
