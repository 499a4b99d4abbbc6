import type { ActivityDb } from './activity-db';
import { activityEventSchema, type ActivityEvent } from './activity-event';

/** Events are kept for a year and a month, as outcomes are: enough for a yearly report. */
export const ACTIVITY_RETENTION_MS = 395 * 86_400_000;

/**
 * Appends one event to the log, and in the same transaction purges what has passed the
 * retention. The event is parsed on the way in, so a field the schema does not know (customer
 * data a caller put there by mistake) is never stored; an invalid event throws, since it is a
 * caller's bug. The event's own instant is "now" for the purge: events are recorded as they happen.
 */
export async function recordActivity(db: ActivityDb, event: ActivityEvent): Promise<void> {
  const parsed = activityEventSchema.parse(event);
  const tx = db.transaction('events', 'readwrite');
  await tx.store.put(parsed);
  let expired = await tx.store
    .index('byAt')
    .openCursor(IDBKeyRange.upperBound(parsed.at - ACTIVITY_RETENTION_MS));
  while (expired) {
    await expired.delete();
    expired = await expired.continue();
  }
  await tx.done;
}

/** The events in `[from, to)`, oldest first; a record that no longer parses is skipped. */
export async function activityBetween(db: ActivityDb, from: number, to: number): Promise<ActivityEvent[]> {
  if (!(to > from)) return [];
  const records = await db.getAllFromIndex('events', 'byAt', IDBKeyRange.bound(from, to, false, true));
  return records.flatMap((record) => {
    const parsed = activityEventSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}
