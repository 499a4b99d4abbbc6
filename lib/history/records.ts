import type { z } from 'zod';

import type { HistoryStoreName } from './schema';

/** A record read from the database, or `undefined` (reported) when it does not parse. */
export function validRecord<T>(schema: z.ZodType<T>, value: unknown, store: HistoryStoreName): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  console.warn(
    `Touchpoint: skipped an unreadable ${store} record:`,
    issue ? `${issue.path.join('.') || '(record)'}: ${issue.message}` : 'unknown reason',
  );
  return undefined;
}

/** The records that parse, in order; each one that does not is skipped and reported. */
export function validRecords<T>(schema: z.ZodType<T>, values: unknown[], store: HistoryStoreName): T[] {
  return values.flatMap((value) => {
    const record = validRecord(schema, value, store);
    return record === undefined ? [] : [record];
  });
}
