/**
 * The snapshot fields a pack's extraction rules may read (issue #8). Dotted names address the
 * requester's parts. Kept free of zod: the content script reads rules with this list.
 */
export const overridableFields = [
  'subject',
  'requester.name',
  'requester.email',
  'requester.phone',
  'channel',
  'priority',
  'status',
  'tags',
  'createdAt',
  'lastCustomerMessageAt',
  'lastAgentReplyAt',
  'latestCustomerMessage',
] as const;

export type OverridableField = (typeof overridableFields)[number];

/** A declared helpdesk may also read the ticket id; a built-in adapter always knows its own. */
export type RuleField = OverridableField | 'ticketId';

export const ruleFields: readonly RuleField[] = ['ticketId', ...overridableFields];

/** Fields holding an instant, read with a rule's `date` format. */
export const timeFields: readonly RuleField[] = ['createdAt', 'lastCustomerMessageAt', 'lastAgentReplyAt'];
