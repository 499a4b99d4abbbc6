import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const ACTIVITY_DB_NAME = 'touchpoint-activity';

/**
 * What the agent's work produced, kept in this browser for measurement and reports. Separate
 * from the customer history: it holds no customer data by default (an excerpt the agent chose
 * for a snippet proposal is the one exception, and leaves the browser only when the agent ticks
 * "include customer data"), and has its own retention. Values are `unknown`: whatever comes out
 * is parsed with its schema first.
 */
export interface ActivitySchema extends DBSchema {
  standardOutcomes: { key: string; value: unknown; indexes: { byUpdated: number } };
  /** The activity event log (activity-event.ts), by event id, ranged over by time. */
  events: { key: string; value: unknown; indexes: { byAt: number } };
}

export type ActivityDb = IDBPDatabase<ActivitySchema>;

/**
 * The upgrades, one numbered step each (style.md, practice 9), as lib/history/migrations.ts
 * does: a step is frozen once shipped, so a database left at any older version upgrades
 * through every step in order.
 */
type Step = (db: ActivityDb) => void;

/** Version 1 (issue #4): how each response target ended. */
function createOutcomes(db: ActivityDb): void {
  db.createObjectStore('standardOutcomes', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
}

/** Version 2 (issue #7): the event log the "My day" figures and the team-lead export are made of. */
function createEventLog(db: ActivityDb): void {
  db.createObjectStore('events', { keyPath: 'id' }).createIndex('byAt', 'at');
}

/** `steps[n - 1]` upgrades a database to version n. */
const steps: Step[] = [createOutcomes, createEventLog];

export const LATEST_ACTIVITY_VERSION = steps.length;

export function openActivity(name = ACTIVITY_DB_NAME): Promise<ActivityDb> {
  const opening: Promise<ActivityDb> = openDB<ActivitySchema>(name, LATEST_ACTIVITY_VERSION, {
    upgrade(db, oldVersion, newVersion) {
      for (let version = oldVersion + 1; version <= (newVersion ?? LATEST_ACTIVITY_VERSION); version += 1) {
        const step = steps[version - 1];
        if (!step) throw new Error(`No activity migration to version ${version}`);
        step(db);
      }
    },
    blocking() {
      void opening.then((db) => db.close());
    },
  });
  return opening;
}
