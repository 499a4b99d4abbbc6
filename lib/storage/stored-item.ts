import type { $ZodType } from 'zod/v4/core';
import { safeParse } from 'zod/mini';

import { browser } from '../browser';

type Area = 'local' | 'session' | 'sync';

export interface StoredItem<T> {
  readonly area: Area;
  readonly key: string;
  /** The stored value, or the fallback when absent or unreadable (the reason is logged). */
  get(): Promise<T>;
  /** Read-modify-write, serialised per item so concurrent events cannot lose each other's updates. */
  update(change: (current: T) => T): Promise<T>;
  /** Parses a value seen in `storage.onChanged`, with the same fallback rule as `get`. */
  parse(raw: unknown): T;
}

/**
 * One stored thing, declared once: its area, key, schema and fallback (style.md, practice 9).
 * Every reader goes through it, so nothing reads storage unvalidated.
 */
export function defineStoredItem<T>(options: {
  area: Area;
  key: string;
  /** A zod schema, classic or mini: the content script's items use zod/mini to stay small. */
  schema: $ZodType<T>;
  fallback: () => T;
}): StoredItem<T> {
  const { area, key, schema, fallback } = options;
  let queue: Promise<unknown> = Promise.resolve();

  function parse(raw: unknown): T {
    if (raw === undefined) return fallback();
    const parsed = safeParse(schema, raw);
    if (parsed.success) return parsed.data;
    console.warn(`Touchpoint: ignoring unreadable ${area}:${key}:`, parsed.error.issues[0]?.message);
    return fallback();
  }

  async function get(): Promise<T> {
    const stored = await browser.storage[area].get(key);
    return parse(stored[key]);
  }

  function update(change: (current: T) => T): Promise<T> {
    const next = queue.then(async () => {
      const value = change(await get());
      await browser.storage[area].set({ [key]: value });
      return value;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return { area, key, get, update, parse };
}
