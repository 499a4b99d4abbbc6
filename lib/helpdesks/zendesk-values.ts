import type { Channel, Priority, TicketStatus } from '../ticket/fields';

/**
 * Zendesk's "Via …" labels (research/helpdesk-pages.md §1, §2.4), lower-cased. Messaging covers
 * every social-messaging integration; public posts on social networks are `social`.
 */
const channelByVia: ReadonlyMap<string, Channel> = new Map<string, Channel>([
  ['email', 'email'],
  ['mail', 'email'],
  ['web form', 'web'],
  ['web', 'web'],
  ['web widget', 'web'],
  ['whatsapp', 'messaging'],
  ['messaging', 'messaging'],
  ['facebook messenger', 'messaging'],
  ['instagram direct', 'messaging'],
  ['line', 'messaging'],
  ['wechat', 'messaging'],
  ['telegram', 'messaging'],
  ['viber', 'messaging'],
  ['apple messages for business', 'messaging'],
  ['sms', 'messaging'],
  ['text', 'messaging'],
  ['phone call (incoming)', 'phone'],
  ['phone call (outgoing)', 'phone'],
  ['phone call', 'phone'],
  ['voicemail', 'phone'],
  ['chat', 'chat'],
  ['api', 'api'],
  ['twitter', 'social'],
  ['x', 'social'],
  ['x corp', 'social'],
  ['facebook post', 'social'],
  ['instagram comment', 'social'],
]);

const priorityByLabel: ReadonlyMap<string, Priority> = new Map<string, Priority>([
  ['low', 'low'],
  ['normal', 'normal'],
  ['high', 'high'],
  ['urgent', 'urgent'],
]);

const statusByLabel: ReadonlyMap<string, TicketStatus> = new Map<string, TicketStatus>([
  ['new', 'new'],
  ['open', 'open'],
  ['pending', 'pending'],
  ['on-hold', 'on-hold'],
  ['on hold', 'on-hold'],
  ['hold', 'on-hold'],
  ['solved', 'solved'],
  ['closed', 'closed'],
]);

function normalised(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** "Via WhatsApp" → messaging; a label Zendesk adds later is `other` rather than a guess. */
export function channelFromVia(label: string | undefined): Channel {
  if (!label) return 'other';
  return channelByVia.get(normalised(label).replace(/^via\s+/, '')) ?? 'other';
}

/** "High" → high; the empty "-" Zendesk shows for no priority is undefined. */
export function priorityFromLabel(label: string | undefined): Priority | undefined {
  return label === undefined ? undefined : priorityByLabel.get(normalised(label));
}

/** "On-hold" → on-hold; custom statuses Zendesk cannot map to a category are undefined. */
export function statusFromLabel(label: string | undefined): TicketStatus | undefined {
  return label === undefined ? undefined : statusByLabel.get(normalised(label));
}
