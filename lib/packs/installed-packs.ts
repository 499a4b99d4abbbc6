import { z } from 'zod';

import { defineStoredItem } from '../storage/stored-item';
import { packSchema } from './pack-schema';

/** Where an installed pack came from. */
export const packSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('url'), url: z.url() }),
  z.strictObject({ kind: z.literal('file'), fileName: z.string().max(260) }),
]);

/** A pack the extension accepted: verified by a trusted key, or unsigned while no key is configured. */
export const installedPackSchema = z.strictObject({
  pack: packSchema,
  source: packSourceSchema,
  installedAt: z.number(),
  /** The trusted key (its id) that verified the signature; absent for an unsigned pack. */
  verifiedBy: z.string().max(200).optional(),
});

export type InstalledPack = z.infer<typeof installedPackSchema>;

/**
 * The last good version of every active pack, by pack id, in storage.local. Only the background
 * writes it, swapping a whole pack at once; the panel and options page read and follow it.
 */
export const installedPacksItem = defineStoredItem<Record<string, InstalledPack>>({
  area: 'local',
  key: 'installedPacks',
  schema: z.record(z.string(), installedPackSchema),
  fallback: () => ({}),
});
