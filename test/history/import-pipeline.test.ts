import 'fake-indexeddb/auto';

import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import type { HistoryDb } from '../../lib/history/db';
import { RequestPipeline } from '../../lib/history/import-pipeline';
import { TaskSlicer } from '../../lib/history/import-yield';
import { freshHistory, NOW } from '../builders/history';

let db: HistoryDb;
beforeEach(async () => {
  db = await freshHistory();
});
afterEach(() => db.close());

const customer = (index: number) => ({ id: `C-${index}`, createdAt: NOW });

/** Counts the turns other tasks get while `work` runs. */
async function turnsDuring(work: () => Promise<void>): Promise<number> {
  let turns = 0;
  let working = true;
  const tick = () => {
    if (!working) return;
    turns += 1;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  try {
    await work();
  } finally {
    working = false;
  }
  return turns;
}

describe('the request pipeline', () => {
  test('keeps one transaction alive across the turns it gives the page', async () => {
    const tx = unwrap(db).transaction(['customers'], 'readwrite');
    // No time at all per slice: every pause waits for the database.
    const pipeline = new RequestPipeline(tx, 0);

    const turns = await turnsDuring(async () => {
      for (let index = 0; index < 1000; index++) {
        pipeline.put('customers', customer(index));
        await pipeline.pause();
      }
      await pipeline.drain();
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));

    expect(turns).toBeGreaterThan(1);
    expect(await db.count('customers')).toBe(1000);
  });

  test('keeps the transaction alive through a pause with no request of its own', async () => {
    const tx = unwrap(db).transaction(['customers'], 'readwrite');
    const pipeline = new RequestPipeline(tx, 0);

    await pipeline.pause();
    await pipeline.pause();
    pipeline.put('customers', customer(1));
    await pipeline.drain();
    await new Promise((resolve) => (tx.oncomplete = resolve));

    expect(await db.count('customers')).toBe(1);
  });

  test('hands each read its result before `drain` resolves', async () => {
    await db.put('customers', customer(7));
    const tx = unwrap(db).transaction(['customers'], 'readwrite');
    const pipeline = new RequestPipeline(tx, 0);
    const found: unknown[] = [];

    for (const id of ['C-7', 'C-8']) {
      pipeline.read(tx.objectStore('customers').get(id), (value) => found.push(value));
      await pipeline.pause();
    }
    await pipeline.drain();

    expect(found).toEqual([customer(7), undefined]);
  });

  test('a request failing after many slices undoes every slice, and the failure reaches the writer', async () => {
    await db.put('customers', customer(0));
    const tx = unwrap(db).transaction(['customers'], 'readwrite');
    const pipeline = new RequestPipeline(tx, 0);

    const write = async () => {
      for (let index = 1; index <= 200; index++) {
        pipeline.put('customers', customer(index));
        await pipeline.pause();
      }
      // Fails only when the database gets to it: C-0 is already stored.
      tx.objectStore('customers').add(customer(0));
      for (let index = 201; index <= 400; index++) {
        pipeline.put('customers', customer(index));
        await pipeline.pause();
      }
      await pipeline.drain();
    };

    await expect(write()).rejects.toThrow();
    expect(tx.error?.name).toBe('ConstraintError');
    expect(await db.getAllKeys('customers')).toEqual(['C-0']);
  });
});

describe('the task slicer', () => {
  test('goes on at once while its slice has time left, and gives a turn once it has not', async () => {
    const slicer = new TaskSlicer(60_000);
    expect(
      await turnsDuring(async () => {
        for (let index = 0; index < 100; index++) await slicer.pause();
      }),
    ).toBe(0);
    slicer.close();

    const tight = new TaskSlicer(0);
    expect(
      await turnsDuring(async () => {
        for (let index = 0; index < 20; index++) await tight.pause();
      }),
    ).toBeGreaterThan(0);
    tight.close();
  });
});
