import { z } from 'zod';

import { channels, MAX_MESSAGE_TEXT, MAX_SHORT_TEXT, MAX_TAGS, priorities, statuses } from './fields';

// Bounds on every string: page text is untrusted and may be huge.

const shortText = z.string().max(MAX_SHORT_TEXT);
const instant = z.iso.datetime({ offset: true });

export const requesterSchema = z.strictObject({
  name: shortText.optional(),
  email: shortText.optional(),
  phone: shortText.optional(),
  handle: shortText.optional(),
  externalId: shortText.optional(),
});

/** What an adapter reads from a helpdesk page (design.md, "TicketSnapshot"). */
export const ticketSnapshotSchema = z.strictObject({
  helpdesk: z.string().min(1).max(40),
  ticketId: z.string().min(1).max(40),
  recordId: z.string().max(40).optional(),
  url: z.url().max(2000),
  subject: shortText,
  requester: requesterSchema,
  channel: z.enum(channels),
  priority: z.enum(priorities).optional(),
  status: z.enum(statuses).optional(),
  tags: z.array(z.string().max(100)).max(MAX_TAGS),
  createdAt: instant.optional(),
  lastCustomerMessageAt: instant.optional(),
  lastAgentReplyAt: instant.optional(),
  latestCustomerMessage: z.string().max(MAX_MESSAGE_TEXT).optional(),
});

export type TicketSnapshot = z.infer<typeof ticketSnapshotSchema>;
export type Requester = TicketSnapshot['requester'];
