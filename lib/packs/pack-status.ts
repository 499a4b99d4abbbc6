import { z } from 'zod';

import { defineStoredItem } from '../storage/stored-item';

/** The outcome of the last look at one pack source, shown in the panel footer and on the options page. */
export const sourceStatusSchema = z.strictObject({
  lastCheckedAt: z.number(),
  /** The ETag of the last accepted (or unchanged) pack, sent back as If-None-Match. */
  etag: z.string().max(200).optional(),
  packId: z.string().max(80).optional(),
  version: z.number().int().optional(),
  /** Why the last check kept the last good pack; absent when it succeeded. */
  error: z.string().max(2000).optional(),
});

export type SourceStatus = z.infer<typeof sourceStatusSchema>;

/** Status by source: a pack URL, or `file:<name>` for an imported file. */
export const packStatusItem = defineStoredItem<Record<string, SourceStatus>>({
  area: 'local',
  key: 'packStatus',
  schema: z.record(z.string(), sourceStatusSchema),
  fallback: () => ({}),
});

/** The last change an update brought ("Billing pack v12: 3 snippets updated, 1 new offer"). */
export const packNoticeSchema = z.strictObject({
  packId: z.string().max(80),
  text: z.string().max(500),
  at: z.number(),
});

export type PackNotice = z.infer<typeof packNoticeSchema>;

export const packNoticeItem = defineStoredItem<PackNotice | null>({
  area: 'local',
  key: 'packNotice',
  schema: packNoticeSchema.nullable(),
  fallback: () => null,
});
