import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { describe, expect, test, vi } from 'vitest';

import { openHistory } from '../../lib/history/db';
import { LATEST_HISTORY_VERSION, migrate } from '../../lib/history/migrations';
import { exportCustomer } from '../../lib/history/privacy';
import { customerHistory } from '../../lib/history/queries';
import type { HistorySchema } from '../../lib/history/schema';
import { mayaCallsBack } from '../builders/history';

const maya = 'c0a8f0e4-5b1d-4c52-9a57-3f7d2b6e1c01';
const daniel = '5e2d7c9a-0f3b-4a1e-8c6d-2b9f4e7a1d33';

/** Records as the version 1 that shipped wrote them: instants as the snapshot's ISO text. */
const version1 = {
  customers: [
    { id: maya, name: 'Maya Okafor', createdAt: '2026-11-20T09:14:00.000Z' },
    { id: daniel, name: 'Daniel Reyes', createdAt: '2026-11-25T19:02:00.000Z' },
  ],
  identities: [
    {
      kind: 'email',
      value: 'maya.okafor@example.com',
      customerId: maya,
      firstSeenAt: '2026-11-20T09:14:00.000Z',
    },
    { kind: 'phone', value: '+14155550143', customerId: maya, firstSeenAt: '2026-11-20T09:14:00.000Z' },
    { kind: 'phone', value: '+447700900123', customerId: daniel, firstSeenAt: '2026-11-25T19:02:00.000Z' },
  ],
  interactions: [
    {
      helpdesk: 'zendesk',
      ticketId: '4512',
      customerId: maya,
      channel: 'email',
      subject: 'Refund for double charge on November invoice',
      status: 'open',
      tags: ['billing', 'refund', 'invoice'],
      createdAt: '2026-11-26T08:12:00.000Z',
      updatedAt: '2026-11-26T10:47:00.000Z',
      excerpt:
        'Thanks Sam. Could you confirm the refund goes back to the card ending 4417 and not to account credit?',
      url: 'https://northwind.zendesk.com/agent/tickets/4512',
    },
    {
      // Read from a Salesforce org that shows times with an offset: as text it sorts after
      // 10:47Z, as an instant (10:30Z) before.
      helpdesk: 'salesforce',
      ticketId: '00104225',
      customerId: maya,
      channel: 'web',
      subject: 'Upgrade to Fibre 500 plan',
      status: 'open',
      tags: [],
      createdAt: '2026-11-24T17:40:00+01:00',
      updatedAt: '2026-11-26T11:30:00+01:00',
      url: 'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7c2AAB/view',
    },
    {
      helpdesk: 'zendesk',
      ticketId: '4519',
      customerId: daniel,
      channel: 'messaging',
      subject: 'Router keeps dropping Wi-Fi every evening',
      status: 'open',
      tags: ['wifi', 'router_x2', 'connectivity'],
      createdAt: '2026-11-26T09:47:00.000Z',
      updatedAt: '2026-11-26T11:10:00.000Z',
      url: 'https://northwind.zendesk.com/agent/tickets/4519',
    },
    {
      // Written by a bug in version 1: no instant can be read from it.
      helpdesk: 'zendesk',
      ticketId: '4498',
      customerId: maya,
      channel: 'web',
      subject: "Can't log in after password reset",
      tags: [],
      createdAt: 'yesterday',
      updatedAt: 'yesterday',
      url: 'https://northwind.zendesk.com/agent/tickets/4498',
    },
  ],
  products: [{ id: 'p-7a41c2', customerId: maya, productId: 'fibre-100', since: '2025-03-14T00:00:00.000Z' }],
  offerEvents: [
    {
      id: 'o-19be55',
      customerId: maya,
      offerId: 'fibre-500-upgrade',
      kind: 'declined',
      at: '2026-11-20T09:20:00.000Z',
    },
  ],
};

async function writeVersion1Database(name: string): Promise<void> {
  const db = await openDB<HistorySchema>(name, 1, {
    upgrade: (database, oldVersion, _newVersion, tx) => void migrate(database, tx, oldVersion, 1),
  });
  const stores = Object.keys(version1) as (keyof typeof version1)[];
  const tx = db.transaction(stores, 'readwrite');
  for (const store of stores) for (const record of version1[store]) await tx.objectStore(store).put(record);
  await tx.done;
  db.close();
}

describe('upgrading a version 1 database to version 2', () => {
  test('keeps every record, with instants as epoch milliseconds', async () => {
    const name = `history-v1-${crypto.randomUUID()}`;
    await writeVersion1Database(name);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const db = await openHistory(name);

    expect(db.version).toBe(2);
    expect(LATEST_HISTORY_VERSION).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual([
      'customers',
      'identities',
      'interactions',
      'merges',
      'offerEvents',
      'products',
    ]);
    expect(await db.count('customers')).toBe(2);
    expect(await db.count('identities')).toBe(3);
    expect(await db.count('interactions')).toBe(4);
    expect(await db.get('customers', maya)).toEqual({
      id: maya,
      name: 'Maya Okafor',
      createdAt: Date.UTC(2026, 10, 20, 9, 14),
    });
    expect(await db.get('interactions', ['salesforce', '00104225'])).toMatchObject({
      createdAt: Date.UTC(2026, 10, 24, 16, 40),
      updatedAt: Date.UTC(2026, 10, 26, 10, 30),
    });
    expect(await db.get('products', 'p-7a41c2')).toMatchObject({ since: Date.UTC(2025, 2, 14) });
    expect(await db.get('offerEvents', 'o-19be55')).toMatchObject({ at: Date.UTC(2026, 10, 20, 9, 20) });
    // Nothing is lost: the unreadable record stays as it was, and is reported.
    expect(await db.get('interactions', ['zendesk', '4498'])).toMatchObject({ updatedAt: 'yesterday' });
    expect(warn).toHaveBeenCalledWith('Touchpoint: kept an unreadable interactions record unconverted:', [
      'zendesk',
      '4498',
    ]);
    db.close();
  });

  test('the new indexes order by instant, and the history reads through them', async () => {
    const name = `history-v1-${crypto.randomUUID()}`;
    await writeVersion1Database(name);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = await openHistory(name);

    const byUpdate = await db.getAllKeysFromIndex(
      'interactions',
      'byUpdated',
      IDBKeyRange.upperBound(Infinity),
    );
    expect(byUpdate).toEqual([
      ['salesforce', '00104225'],
      ['zendesk', '4512'],
      ['zendesk', '4519'],
    ]);
    const history = await customerHistory(db, mayaCallsBack(), { now: Date.UTC(2026, 10, 26, 11, 22) });
    expect(history.customer?.name).toBe('Maya Okafor');
    expect(history.interactions.map(({ ticketId }) => ticketId)).toEqual(['4512', '00104225']);
    expect(history.productsOwned).toEqual(['fibre-100']);
    expect((await exportCustomer(db, maya)).offerEvents).toEqual([
      {
        id: 'o-19be55',
        customerId: maya,
        offerId: 'fibre-500-upgrade',
        kind: 'declined',
        at: Date.UTC(2026, 10, 20, 9, 20),
      },
    ]);
    db.close();
  });

  test('a new database is created at the latest version with empty stores', async () => {
    const db = await openHistory(`history-new-${crypto.randomUUID()}`);
    expect(db.version).toBe(LATEST_HISTORY_VERSION);
    expect(await db.count('merges')).toBe(0);
    db.close();
  });
});
