import type { Channel, Priority, TicketStatus } from '../ticket/fields';

/**
 * Freshdesk's labels (as the agent page shows them, lower-cased) mapped to the snapshot's enums.
 * A label not listed is undefined (status, priority) or `other` (channel) rather than a guess;
 * maps, not object literals, so a label such as "constructor" finds nothing.
 */

/**
 * The ticket's source, as in "reported via email". Longer names first, so "outbound email" is
 * not read as "email" by accident of order (both are email anyway) and "facebook messenger" is
 * not read as a Facebook post. Freshdesk's sources (API v2 `source`): Email, Portal, Phone, Chat,
 * Feedback widget, Outbound email, plus the social and messaging channels (WhatsApp, Facebook,
 * Twitter/X …) and bots. Private messages are `messaging`; public posts are `social`.
 */
const channelBySource: readonly (readonly [string, Channel])[] = [
  ['outbound email', 'email'],
  ['email', 'email'],
  ['feedback widget', 'web'],
  ['portal', 'web'],
  ['phone', 'phone'],
  ['chat', 'chat'],
  ['bot', 'chat'],
  ['facebook messenger', 'messaging'],
  ['whatsapp', 'messaging'],
  ['instagram', 'messaging'],
  ['apple messages for business', 'messaging'],
  ['line', 'messaging'],
  ['sms', 'messaging'],
  ['facebook', 'social'],
  ['twitter', 'social'],
  ['x', 'social'],
  ['api', 'api'],
];

const priorityByLabel: ReadonlyMap<string, Priority> = new Map<string, Priority>([
  ['low', 'low'],
  ['medium', 'normal'],
  ['high', 'high'],
  ['urgent', 'urgent'],
]);

/**
 * Freshdesk's four built-in statuses, and the two custom ones every new account starts with.
 * "Waiting on Customer" is `pending` (the ball is with the requester, as in Zendesk, and
 * Freshdesk creates it with the SLA timer off, like Pending); "Waiting on Third Party" is `on-hold`
 * (Zendesk's On-hold is exactly "waiting on a third party"). Statuses an admin invents are unknown.
 */
const statusByLabel: ReadonlyMap<string, TicketStatus> = new Map<string, TicketStatus>([
  ['open', 'open'],
  ['pending', 'pending'],
  ['resolved', 'solved'],
  ['closed', 'closed'],
  ['waiting on customer', 'pending'],
  ['waiting on third party', 'on-hold'],
]);

function labelKey(label: string | undefined): string {
  return (label ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The channel for what follows "reported via" ("email 2 days ago (…)", "the portal", "WhatsApp"):
 * the source name it starts with; `other` for a source Freshdesk adds later, or none.
 */
export function channelFromSource(text: string | undefined): Channel {
  const key = labelKey(text).replace(/^the /, '');
  const found = channelBySource.find(([name]) => key === name || key.startsWith(`${name} `));
  return found ? found[1] : 'other';
}

export function priorityFromLabel(label: string | undefined): Priority | undefined {
  return priorityByLabel.get(labelKey(label));
}

export function statusFromLabel(label: string | undefined): TicketStatus | undefined {
  return statusByLabel.get(labelKey(label));
}
