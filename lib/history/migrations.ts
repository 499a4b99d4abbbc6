import { unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { z } from 'zod';

import type { HistorySchema, HistoryStoreName } from './schema';

/**
 * The history database's upgrades, one numbered step each (style.md, practice 9). A step is
 * frozen once shipped: it builds the stores of its own version, so a database left at any older
 * version upgrades through every step in order.
 */
type UpgradeDatabase = IDBPDatabase<HistorySchema>;
type UpgradeTransaction = IDBPTransaction<HistorySchema, HistoryStoreName[], 'versionchange'>;
type Step = (db: UpgradeDatabase, tx: UpgradeTransaction) => Promise<void> | void;

/** Version 1: customers, their identities, the tickets seen, products owned and offer events. */
function createFirstStores(db: UpgradeDatabase): void {
  db.createObjectStore('customers', { keyPath: 'id' });
  db.createObjectStore('identities', { keyPath: ['kind', 'value'] }).createIndex('byCustomer', 'customerId');
  // Through the plain API: version 2 replaced this index, so the current schema type lacks it.
  unwrap(db.createObjectStore('interactions', { keyPath: ['helpdesk', 'ticketId'] })).createIndex(
    'byCustomer',
    'customerId',
  );
  db.createObjectStore('products', { keyPath: 'id' }).createIndex('byCustomer', 'customerId');
  db.createObjectStore('offerEvents', { keyPath: 'id' }).createIndex('byCustomer', 'customerId');
}

/** The instants version 1 stored as the snapshot's ISO 8601 text. */
const isoTimesInVersion1: [HistoryStoreName, string[]][] = [
  ['customers', ['createdAt']],
  ['identities', ['firstSeenAt']],
  ['interactions', ['createdAt', 'updatedAt']],
  ['products', ['since']],
  ['offerEvents', ['at']],
];

const storedObject = z.record(z.string(), z.unknown());

function withEpochTimes(value: unknown, fields: string[]): Record<string, unknown> | undefined {
  const record = storedObject.safeParse(value);
  if (!record.success) return undefined;
  const converted = { ...record.data };
  for (const field of fields) {
    const time = converted[field];
    if (time === undefined || typeof time === 'number') continue;
    const epoch = typeof time === 'string' ? Date.parse(time) : Number.NaN;
    if (Number.isNaN(epoch)) return undefined;
    converted[field] = epoch;
  }
  return converted;
}

/**
 * Version 2: version 1 stored instants as ISO text, which does not sort as time once offsets
 * differ ("…T09:00+01:00" sorts after "…T08:30Z"), so nothing could range over them. Instants
 * become epoch milliseconds, indexed by update time (retention) and by customer and update time
 * (the timeline, newest first); and merges get a log so each can be explained and undone.
 */
async function indexTimesAndLogMerges(db: UpgradeDatabase, tx: UpgradeTransaction): Promise<void> {
  const interactions = tx.objectStore('interactions');
  interactions.deleteIndex('byCustomer');
  interactions.createIndex('byCustomerUpdated', ['customerId', 'updatedAt']);
  interactions.createIndex('byUpdated', 'updatedAt');
  db.createObjectStore('merges', { keyPath: 'id' }).createIndex('byCustomer', 'customerIds', {
    multiEntry: true,
  });

  for (const [store, fields] of isoTimesInVersion1) {
    for (let cursor = await tx.objectStore(store).openCursor(); cursor; cursor = await cursor.continue()) {
      const converted = withEpochTimes(cursor.value, fields);
      // Left as it was, so nothing is lost; readers skip and report it.
      if (!converted) console.warn(`Touchpoint: kept an unreadable ${store} record unconverted:`, cursor.key);
      else await cursor.update(converted);
    }
  }
}

/** `steps[n - 1]` upgrades a database to version n. */
const steps: Step[] = [createFirstStores, indexTimesAndLogMerges];

export const LATEST_HISTORY_VERSION = steps.length;

/** Runs every step after `fromVersion` up to `toVersion`, inside the upgrade transaction. */
export async function migrate(
  db: UpgradeDatabase,
  tx: UpgradeTransaction,
  fromVersion: number,
  toVersion: number,
): Promise<void> {
  for (let version = fromVersion + 1; version <= toVersion; version += 1) {
    const step = steps[version - 1];
    if (!step) throw new Error(`No history migration to version ${version}`);
    await step(db, tx);
  }
}
