/**
 * The snapshot's enumerations, kept free of zod so the content script can map page values
 * to them without bundling the schema library (research/toolchain.md, "Sizes to watch").
 */
export const channels = ['email', 'phone', 'chat', 'messaging', 'web', 'social', 'api', 'other'] as const;
export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export const statuses = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'] as const;

export type Channel = (typeof channels)[number];
export type Priority = (typeof priorities)[number];
export type TicketStatus = (typeof statuses)[number];

/** The most a snapshot carries of the customer's latest message (design.md: "a few thousand characters"). */
export const MAX_MESSAGE_TEXT = 4000;
/** The most a snapshot carries of any other page string (subject, name, tag …). */
export const MAX_SHORT_TEXT = 500;
export const MAX_TAGS = 200;
