import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';

import { LATEST_HISTORY_VERSION, migrate } from './migrations';
import { HISTORY_DB_NAME, type HistorySchema, type HistoryStoreName } from './schema';

export type HistoryDb = IDBPDatabase<HistorySchema>;
export type HistoryTransaction = IDBPTransaction<HistorySchema, HistoryStoreName[], 'readwrite'>;
export type HistoryReadTransaction = IDBPTransaction<
  HistorySchema,
  HistoryStoreName[],
  'readonly' | 'readwrite'
>;

export const allHistoryStores: HistoryStoreName[] = [
  'customers',
  'identities',
  'interactions',
  'products',
  'offerEvents',
  'merges',
];

/**
 * Opens the customer history, upgrading it to the current version first. Only the background
 * opens it (design.md: the background is the only writer of shared state).
 */
export async function openHistory(name = HISTORY_DB_NAME): Promise<HistoryDb> {
  const db: HistoryDb = await openDB<HistorySchema>(name, LATEST_HISTORY_VERSION, {
    upgrade(database, oldVersion, newVersion, transaction) {
      migrate(database, transaction, oldVersion, newVersion ?? LATEST_HISTORY_VERSION).catch(
        (error: unknown) => {
          // A failed step must not leave a half-upgraded database behind a bumped version number.
          console.error('Touchpoint: the history upgrade failed and was rolled back:', error);
          transaction.abort();
        },
      );
    },
    // A newer version of the extension is waiting to upgrade: step aside rather than block it.
    blocking() {
      db.close();
    },
  });
  return db;
}
