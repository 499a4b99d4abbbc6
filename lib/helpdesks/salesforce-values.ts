import type { Channel, Priority, TicketStatus } from '../ticket/fields';

/**
 * Salesforce picklist values (as the page shows them) mapped to the snapshot's enums. Keys are
 * lower-cased labels: the standard values, and ones orgs commonly add. A value not listed is
 * left undefined rather than guessed (design.md), except the channel, which the snapshot
 * requires and which falls back to `other`.
 */

const statusByLabel: Readonly<Record<string, TicketStatus>> = {
  new: 'new',
  working: 'open',
  escalated: 'open',
  'in progress': 'open',
  'on hold': 'on-hold',
  'waiting on customer': 'pending',
  'awaiting customer': 'pending',
  pending: 'pending',
  resolved: 'solved',
  solved: 'solved',
  closed: 'closed',
};

const priorityByLabel: Readonly<Record<string, Priority>> = {
  low: 'low',
  medium: 'normal',
  normal: 'normal',
  high: 'high',
  urgent: 'urgent',
  critical: 'urgent',
};

const channelByOrigin: Readonly<Record<string, Channel>> = {
  email: 'email',
  'email-to-case': 'email',
  phone: 'phone',
  voicemail: 'phone',
  web: 'web',
  'web form': 'web',
  'web-to-case': 'web',
  chat: 'chat',
  'live chat': 'chat',
  messaging: 'messaging',
  sms: 'messaging',
  whatsapp: 'messaging',
  'facebook messenger': 'messaging',
  social: 'social',
  twitter: 'social',
  facebook: 'social',
  api: 'api',
};

function labelKey(label: string | undefined): string {
  return (label ?? '').trim().toLowerCase();
}

export function statusOf(label: string | undefined): TicketStatus | undefined {
  return statusByLabel[labelKey(label)];
}

export function priorityOf(label: string | undefined): Priority | undefined {
  return priorityByLabel[labelKey(label)];
}

/** Case Origin → channel; an origin the org invented (or none) is `other`. */
export function channelOf(origin: string | undefined): Channel {
  return channelByOrigin[labelKey(origin)] ?? 'other';
}
