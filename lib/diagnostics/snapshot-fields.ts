import { overridableFields, type OverridableField } from '../helpdesks/rules/rule-fields';
import type { TicketSnapshot } from '../ticket/snapshot';

/**
 * The snapshot fields a page report speaks about, named as pack overrides name them
 * (`requester.email`, not `requesterEmail`). Identity fields (helpdesk, ticket id, URL) are
 * left out: without them there is no ticket at all, which the report says once.
 */
export const snapshotFields = overridableFields;

export type SnapshotField = OverridableField;

/** How the panel and the pack tool name each field in a sentence ("couldn't read: priority"). */
export const fieldLabels: Record<SnapshotField, string> = {
  subject: 'subject',
  'requester.name': 'requester name',
  'requester.email': 'requester email',
  'requester.phone': 'requester phone',
  channel: 'channel',
  priority: 'priority',
  status: 'status',
  tags: 'tags',
  createdAt: 'created time',
  lastCustomerMessageAt: 'last customer message time',
  lastAgentReplyAt: 'last agent reply time',
  latestCustomerMessage: 'latest customer message',
};

export function isSnapshotField(field: string): field is SnapshotField {
  return (snapshotFields as readonly string[]).includes(field);
}

/** The label of a field; a field this version does not know is shown by its own name. */
export function fieldLabel(field: string): string {
  return isSnapshotField(field) ? fieldLabels[field] : field;
}

/**
 * Whether the adapter read each field: a value, never the value itself. A channel the page
 * did not name comes out as `other`, and counts as not read.
 */
export function fieldsRead(snapshot: TicketSnapshot): Record<SnapshotField, boolean> {
  const { requester } = snapshot;
  return {
    subject: snapshot.subject !== '',
    'requester.name': requester.name !== undefined,
    'requester.email': requester.email !== undefined,
    'requester.phone': requester.phone !== undefined,
    channel: snapshot.channel !== 'other',
    priority: snapshot.priority !== undefined,
    status: snapshot.status !== undefined,
    tags: snapshot.tags.length > 0,
    createdAt: snapshot.createdAt !== undefined,
    lastCustomerMessageAt: snapshot.lastCustomerMessageAt !== undefined,
    lastAgentReplyAt: snapshot.lastAgentReplyAt !== undefined,
    latestCustomerMessage: snapshot.latestCustomerMessage !== undefined,
  };
}
