import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const ACTIVITY_DB_NAME = 'touchpoint-activity';
const ACTIVITY_DB_VERSION = 1;

/**
 * What the agent's work produced, kept in this browser for measurement and reports. Separate
 * from the customer history: it holds no customer data, and its own retention. Values are
 * `unknown`: whatever comes out is parsed with its schema first.
 */
export interface ActivitySchema extends DBSchema {
  standardOutcomes: { key: string; value: unknown; indexes: { byUpdated: number } };
}

export type ActivityDb = IDBPDatabase<ActivitySchema>;

export function openActivity(name = ACTIVITY_DB_NAME): Promise<ActivityDb> {
  const opening: Promise<ActivityDb> = openDB<ActivitySchema>(name, ACTIVITY_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('standardOutcomes', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
      }
    },
    blocking() {
      void opening.then((db) => db.close());
    },
  });
  return opening;
}
