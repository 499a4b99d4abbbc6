import type { DBSchema } from 'idb';
import { z } from 'zod';

import { channels, MAX_SHORT_TEXT, MAX_TAGS, statuses } from '../ticket/fields';

/**
 * The history records as the current schema version stores them, each declared once
 * (style.md, practice 9). Every read goes through these schemas: the database outlives any
 * one version of the code, and a record it cannot parse is skipped and reported, not trusted.
 * Times are epoch milliseconds so the indexes over them order correctly.
 */

/** Kept per interaction: enough to recall what the customer said, not the whole conversation. */
export const MAX_EXCERPT = 500;

export const identityKinds = ['email', 'phone', 'handle', 'helpdesk-user'] as const;
export type IdentityKind = (typeof identityKinds)[number];

export const offerEventKinds = ['shown', 'accepted', 'declined', 'not-relevant'] as const;

const id = z.string().min(1).max(100);
const epochMs = z.number().int().nonnegative();
const shortText = z.string().max(MAX_SHORT_TEXT);

export const ticketRefSchema = z.object({
  helpdesk: z.string().min(1).max(40),
  ticketId: z.string().min(1).max(40),
});
export type TicketRef = z.infer<typeof ticketRefSchema>;

export const identityKeySchema = z.object({
  kind: z.enum(identityKinds),
  value: z.string().min(1).max(MAX_SHORT_TEXT),
});
export type IdentityKey = z.infer<typeof identityKeySchema>;

export const customerSchema = z.object({ id, name: shortText.optional(), createdAt: epochMs });
export type Customer = z.infer<typeof customerSchema>;

export const identitySchema = identityKeySchema.extend({
  customerId: id,
  firstSeenAt: epochMs,
  /** The ticket it was first seen on, so a link between identities can be explained. */
  seenOn: ticketRefSchema.optional(),
});
export type Identity = z.infer<typeof identitySchema>;

export const interactionSchema = ticketRefSchema.extend({
  customerId: id,
  channel: z.enum(channels),
  subject: shortText,
  status: z.enum(statuses).optional(),
  tags: z.array(z.string().max(100)).max(MAX_TAGS),
  createdAt: epochMs,
  /** The ticket's latest activity: what retention and "newest first" go by. */
  updatedAt: epochMs,
  excerpt: z.string().max(MAX_EXCERPT).optional(),
  url: z.url().max(2000),
});
export type Interaction = z.infer<typeof interactionSchema>;

export const productSchema = z.object({
  id,
  customerId: id,
  productId: shortText.min(1),
  since: epochMs.optional(),
});
export type ProductOwned = z.infer<typeof productSchema>;

export const offerEventSchema = z.object({
  id,
  customerId: id,
  offerId: shortText.min(1),
  kind: z.enum(offerEventKinds),
  at: epochMs,
});
export type OfferEvent = z.infer<typeof offerEventSchema>;

const interactionKeySchema = z.tuple([z.string(), z.string()]);

/** Everything needed to explain a merge and to put both customers back as they were. */
export const mergeSchema = z.object({
  id,
  at: epochMs,
  survivorId: id,
  absorbed: customerSchema,
  /** Both customers, so either one's merges are found (and erased with them). */
  customerIds: z.tuple([id, id]),
  linkedBy: identityKeySchema,
  seenOn: ticketRefSchema,
  moved: z.object({
    identities: z.array(identityKeySchema),
    interactions: z.array(interactionKeySchema),
    products: z.array(id),
    offerEvents: z.array(id),
  }),
  /** An undone merge is kept so the same two customers are not linked again on the next reading. */
  undoneAt: epochMs.optional(),
});
export type MergeRecord = z.infer<typeof mergeSchema>;

export const HISTORY_DB_NAME = 'touchpoint-history';

/**
 * The stores and indexes of the current version. Values are `unknown` on purpose: whatever
 * comes out of the database must be parsed with the schemas above before it is used.
 */
export interface HistorySchema extends DBSchema {
  customers: { key: string; value: unknown };
  identities: { key: [string, string]; value: unknown; indexes: { byCustomer: string } };
  interactions: {
    key: [string, string];
    value: unknown;
    indexes: { byCustomerUpdated: [string, number]; byUpdated: number };
  };
  products: { key: string; value: unknown; indexes: { byCustomer: string } };
  offerEvents: { key: string; value: unknown; indexes: { byCustomer: string } };
  merges: { key: string; value: unknown; indexes: { byCustomer: string } };
}

export type HistoryStoreName =
  'customers' | 'identities' | 'interactions' | 'products' | 'offerEvents' | 'merges';
