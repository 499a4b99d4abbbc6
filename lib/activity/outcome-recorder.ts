import type { ActivityDb } from './activity-db';
import {
  observeOutcome,
  outcomeId,
  standardOutcomeSchema,
  type CountdownObservation,
  type StandardOutcome,
} from './standard-outcome';

/** Outcomes are kept for a year and a month: enough for a yearly report. */
export const OUTCOME_RETENTION_MS = 395 * 86_400_000;

/**
 * Records what the countdowns show now: every target newly met or breached, and breaches that
 * grew or were met since. One transaction; nothing is written for a clock still running in time.
 * Returns the outcomes written.
 */
export async function recordStandardOutcomes(
  db: ActivityDb,
  observations: readonly CountdownObservation[],
  now: number,
): Promise<StandardOutcome[]> {
  const tx = db.transaction('standardOutcomes', 'readwrite');
  const written: StandardOutcome[] = [];
  for (const observation of observations) {
    const stored = standardOutcomeSchema.safeParse(await tx.store.get(outcomeId(observation)));
    const previous = stored.success ? stored.data : undefined;
    const outcome = observeOutcome(observation, previous, now);
    if (!outcome || outcome === previous) continue;
    // A met outcome is final; rewriting it on every run would only move its `updatedAt`.
    if (previous?.metAt !== undefined) continue;
    await tx.store.put(outcome);
    written.push(outcome);
  }
  let expired = await tx.store
    .index('byUpdated')
    .openCursor(IDBKeyRange.upperBound(now - OUTCOME_RETENTION_MS));
  while (expired) {
    await expired.delete();
    expired = await expired.continue();
  }
  await tx.done;
  return written;
}

/** Every recorded outcome, oldest first; a record that no longer parses is skipped. */
export async function standardOutcomes(db: ActivityDb): Promise<StandardOutcome[]> {
  const records = await db.getAllFromIndex('standardOutcomes', 'byUpdated');
  return records.flatMap((record) => {
    const parsed = standardOutcomeSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}
