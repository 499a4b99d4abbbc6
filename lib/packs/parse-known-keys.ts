/**
 * The field names a schema accepts at a path, so an unknown field can be answered with
 * `did you mean "title"?` — a misspelt field is the most common mistake in a hand-written pack.
 */
import { z } from 'zod';

function childSchema(schema: z.ZodType, segment: PropertyKey): z.ZodType | undefined {
  if (schema instanceof z.ZodObject) {
    return typeof segment === 'string' ? (schema.shape as Record<string, z.ZodType>)[segment] : undefined;
  }
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodTuple && typeof segment === 'number') {
    return schema.def.items[segment] as z.ZodType | undefined;
  }
  return undefined;
}

/** Optional, default and similar wrappers say nothing about which fields exist inside them. */
function unwrapped(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return unwrapped(schema.unwrap() as z.ZodType);
  }
  return schema;
}

export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrapped(schema);
  for (const segment of path) {
    const child: z.ZodType | undefined = childSchema(current, segment);
    if (!child) return [];
    current = unwrapped(child);
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Edits between two names, a swap of neighbouring letters counting as one ("titel"). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The closest known name, when it is close enough to be a slip of the keyboard or of case. */
export function closestKey(unknown: string, known: readonly string[]): string | undefined {
  const lower = unknown.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = editDistance(lower, key.toLowerCase());
    if (!best || distance < best.distance) best = { key, distance };
  }
  const tolerance = Math.max(1, Math.floor(unknown.length / 3));
  return best && best.distance <= tolerance ? best.key : undefined;
}
