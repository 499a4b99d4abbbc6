import 'fake-indexeddb/auto';

import { afterEach, beforeEach, expect, test } from 'vitest';

import { openActivity, type ActivityDb } from '../../lib/activity/activity-db';
import {
  OUTCOME_RETENTION_MS,
  recordStandardOutcomes,
  standardOutcomes,
} from '../../lib/activity/outcome-recorder';
import type { CountdownObservation } from '../../lib/activity/standard-outcome';
import { countdownsFor } from '../../lib/standards/countdown';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { newYorkDesk, northwindStandards } from '../builders/standards';
import { makeTicket } from '../builders/ticket';

let db: ActivityDb;
let dbName = '';
let run = 0;

beforeEach(async () => {
  dbName = `activity-test-${++run}`;
  db = await openActivity(dbName);
});

afterEach(() => db.close());

/** High-priority email, first reply within 2 business hours: asked 09:30 EST (14:30Z), due 16:30Z. */
function observedAt(now: string, overrides: Partial<TicketSnapshot> = {}): CountdownObservation[] {
  const ticket = makeTicket({
    priority: 'high',
    createdAt: '2026-11-30T14:30:00Z',
    lastCustomerMessageAt: '2026-11-30T14:30:00Z',
    lastAgentReplyAt: undefined,
    ...overrides,
  });
  const { standard, countdowns } = countdownsFor({
    ticket,
    standards: northwindStandards,
    calendars: [newYorkDesk],
    now: Date.parse(now),
    firstSeenAt: '2026-11-30T14:31:00Z',
  });
  return countdowns.map((countdown) => ({ ticket, standard: standard!, calendar: newYorkDesk, countdown }));
}

async function recordAt(now: string, overrides: Partial<TicketSnapshot> = {}) {
  return recordStandardOutcomes(db, observedAt(now, overrides), Date.parse(now));
}

test('nothing is written while the target runs in time', async () => {
  expect(await recordAt('2026-11-30T15:00:00Z')).toEqual([]);
  expect(await standardOutcomes(db)).toEqual([]);
});

test('a met target is written once, however often it is seen again', async () => {
  const replied = { lastAgentReplyAt: '2026-11-30T15:10:00Z' };
  expect(await recordAt('2026-11-30T15:20:00Z', replied)).toHaveLength(1);
  expect(await recordAt('2026-11-30T15:21:00Z', replied)).toEqual([]);
  const [outcome] = await standardOutcomes(db);
  expect(outcome).toMatchObject({ outcome: 'met', updatedAt: Date.parse('2026-11-30T15:20:00Z') });
});

test('a breach is written when it happens, grows while open, and is closed by the reply', async () => {
  await recordAt('2026-11-30T16:45:00Z');
  expect(await standardOutcomes(db)).toMatchObject([{ outcome: 'breached', breachedByMs: 15 * 60_000 }]);
  await recordAt('2026-11-30T17:00:00Z');
  await recordAt('2026-11-30T17:10:00Z', { lastAgentReplyAt: '2026-11-30T17:05:00Z' });
  const [outcome] = await standardOutcomes(db);
  expect(outcome).toMatchObject({
    outcome: 'breached',
    breachedByMs: 35 * 60_000,
    metAt: Date.parse('2026-11-30T17:05:00Z'),
    recordedAt: Date.parse('2026-11-30T16:45:00Z'),
  });
});

test('outcomes older than the retention are purged, and a record that does not parse is skipped', async () => {
  await recordAt('2026-11-30T15:20:00Z', { lastAgentReplyAt: '2026-11-30T15:10:00Z' });
  await db.put('standardOutcomes', { id: 'broken', updatedAt: 5 });
  expect(await standardOutcomes(db)).toHaveLength(1);
  const muchLater = new Date(
    Date.parse('2026-11-30T15:20:00Z') + OUTCOME_RETENTION_MS + 60_000,
  ).toISOString();
  await recordStandardOutcomes(db, [], Date.parse(muchLater));
  expect(await db.count('standardOutcomes')).toBe(0);
});
