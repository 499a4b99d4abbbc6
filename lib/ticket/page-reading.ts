import { z } from 'zod';

import { ticketSnapshotSchema } from './snapshot';

const helpdeskId = z.string().min(1).max(40);
const helpdeskName = z.string().min(1).max(60);

/** What the content script learns from one look at a helpdesk page. */
export const pageReadingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('ticket'),
    snapshot: ticketSnapshotSchema,
    /** The fields a pack's selector override supplied (issue #8), so the panel can say so. */
    overrides: z
      .array(z.strictObject({ field: z.string().max(40), packName: z.string().max(120) }))
      .max(20)
      .optional(),
  }),
  /** A helpdesk page that is not a ticket (a view, a list, search, a user profile). */
  z.strictObject({ kind: z.literal('no-ticket'), helpdesk: helpdeskId, helpdeskName }),
  /** A ticket page whose ticket cannot be read (still loading, or the page changed shape). */
  z.strictObject({
    kind: z.literal('unreadable'),
    helpdesk: helpdeskId,
    helpdeskName,
    reason: z.string().max(300),
  }),
]);

export type PageReading = z.infer<typeof pageReadingSchema>;
