import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { LATEST_ACTIVITY_VERSION, openActivity, type ActivityDb } from '../../lib/activity/activity-db';
import { activityEventSchema, type ActivityEvent } from '../../lib/activity/activity-event';
import { ACTIVITY_RETENTION_MS, activityBetween, recordActivity } from '../../lib/activity/event-log';
import { standardOutcomes } from '../../lib/activity/outcome-recorder';
import { event, events, makeOutcome, monday } from './fixed-log';

let run = 0;
const nextName = () => `activity-log-test-${++run}`;

describe('the activity database', () => {
  test('a version 1 database keeps its outcomes when it gains the event log', async () => {
    const name = nextName();
    // Version 1 exactly as it shipped (issue #4).
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('standardOutcomes', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
      },
    });
    const outcome = makeOutcome();
    await v1.put('standardOutcomes', outcome);
    v1.close();

    const db = await openActivity(name);
    expect(db.version).toBe(LATEST_ACTIVITY_VERSION);
    expect(LATEST_ACTIVITY_VERSION).toBe(2);
    expect(await standardOutcomes(db)).toEqual([outcome]);
    expect([...db.objectStoreNames].sort()).toEqual(['events', 'standardOutcomes']);
    expect([...db.transaction('events').store.indexNames]).toEqual(['byAt']);
    await recordActivity(db, events[1]!);
    expect(await db.count('events')).toBe(1);
    db.close();
  });

  test('a new database is created at the latest version with both stores', async () => {
    const db = await openActivity(nextName());
    expect([...db.objectStoreNames].sort()).toEqual(['events', 'standardOutcomes']);
    db.close();
  });
});

describe('the event log', () => {
  let db: ActivityDb;
  beforeEach(async () => {
    db = await openActivity(nextName());
  });
  afterEach(() => db.close());

  test('events in a range come back oldest first, parsed; the end is excluded', async () => {
    for (const recorded of [...events].reverse()) await recordActivity(db, recorded);
    const found = await activityBetween(db, monday.from, monday.to);
    const expected = events
      .filter((e) => e.at >= monday.from && e.at < monday.to)
      .sort((a, b) => a.at - b.at);
    expect(found).toEqual(expected);
    expect(await activityBetween(db, monday.from, monday.from)).toEqual([]);
    const endsAtLast = await activityBetween(db, monday.from, expected.at(-1)!.at);
    expect(endsAtLast).toHaveLength(expected.length - 1);
  });

  test('a field the schema does not know is not stored; an invalid event is refused', async () => {
    const viewed = event('ticket-viewed', '2026-11-30T14:00:00Z', {
      helpdesk: 'zendesk',
      ticketId: '4411',
      channel: 'email',
    });
    await recordActivity(db, {
      ...viewed,
      requesterEmail: 'maya.okafor@example.com',
    } as unknown as ActivityEvent);
    expect(await db.get('events', viewed.id)).toEqual(viewed);
    await expect(
      recordActivity(db, { ...viewed, id: 'bad', channel: 'fax' } as unknown as ActivityEvent),
    ).rejects.toThrow();
    expect(await db.count('events')).toBe(1);
  });

  test('a record that no longer parses is skipped', async () => {
    await recordActivity(db, events[1]!);
    await db.put('events', { id: 'broken', at: events[1]!.at + 1, kind: 'telepathy' });
    expect(await activityBetween(db, 0, Number.MAX_SAFE_INTEGER)).toEqual([events[1]]);
  });

  test('events older than the retention are purged when a new one is recorded', async () => {
    const old = event('search-empty', '2025-10-01T10:00:00Z', { query: 'router reset' });
    const kept = event('search-empty', '2025-11-01T10:00:00Z', { query: 'router reset' });
    await recordActivity(db, old);
    await recordActivity(db, kept);
    const later = event('search-empty', new Date(old.at + ACTIVITY_RETENTION_MS + 60_000).toISOString(), {
      query: 'static ip',
    });
    await recordActivity(db, later);
    expect((await activityBetween(db, 0, Number.MAX_SAFE_INTEGER)).map((e) => e.id)).toEqual([
      kept.id,
      later.id,
    ]);
  });
});

describe('the event schema', () => {
  test('every kind of the fixed log parses as it is', () => {
    for (const recorded of events) expect(activityEventSchema.parse(recorded)).toEqual(recorded);
  });

  test.each([
    ['an excerpt over 2,000 characters', { excerpt: 'x'.repeat(2001) }],
    ['an unknown flag', { flag: 'offensive' }],
    ['a negative instant', { at: -1 }],
  ])('refuses a flag with %s', (_name, change) => {
    const flag = events.find((e) => e.kind === 'snippet-flag')!;
    expect(activityEventSchema.safeParse({ ...flag, ...change }).success).toBe(false);
  });

  test('refuses a search over 200 characters and a proposal body over 5,000', () => {
    const search = events.find((e) => e.kind === 'search-empty')!;
    const proposal = events.find((e) => e.kind === 'snippet-proposal')!;
    expect(activityEventSchema.safeParse({ ...search, query: 'q'.repeat(201) }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...proposal, body: 'b'.repeat(5001) }).success).toBe(false);
  });
});
