import { z } from 'zod';

import {
  channelOfVia,
  fetchRequestedTickets,
  fetchZendeskTicket,
  statusOfApi,
  type ZendeskApiOptions,
  type ZendeskApiTicket,
} from '../helpdesks/zendesk-api';
import { defineStoredItem } from '../storage/stored-item';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { HistoryDb } from './db';
import type { IdentityOptions } from './identity';
import { recordTicket } from './recorder';

/** A ticket's requester's other tickets are fetched at most once an hour per viewed ticket. */
const LOOKUP_INTERVAL_MS = 3_600_000;

/** When each viewed ticket's requester was last looked up, so a stopped and restarted worker stays polite. */
export const zendeskLookupsItem = defineStoredItem<Record<string, number>>({
  area: 'session',
  key: 'zendeskRequesterLookups',
  schema: z.record(z.string(), z.number()),
  fallback: () => ({}),
});

function priorityOfApi(priority: string | null | undefined): TicketSnapshot['priority'] {
  return priority === 'low' || priority === 'normal' || priority === 'high' || priority === 'urgent'
    ? priority
    : undefined;
}

/** Another ticket of the same requester, as the snapshot the history store records. */
function snapshotOf(
  ticket: ZendeskApiTicket,
  origin: string,
  requester: TicketSnapshot['requester'],
): TicketSnapshot {
  return {
    helpdesk: 'zendesk',
    ticketId: String(ticket.id),
    url: `${origin}/agent/tickets/${ticket.id}`,
    subject: (ticket.subject ?? '').slice(0, 500),
    requester,
    channel: channelOfVia(ticket.via?.channel),
    priority: priorityOfApi(ticket.priority),
    status: statusOfApi(ticket.status),
    tags: ticket.tags.slice(0, 200).map((tag) => tag.slice(0, 100)),
    createdAt: new Date(ticket.created_at).toISOString(),
  };
}

/**
 * Adds the requester's other Zendesk tickets to the customer history, read from Zendesk's own API
 * with the agent's session: the ticket (for its requester id) and up to two pages of the
 * requester's tickets: three requests at most, once an hour per viewed ticket.
 */
export async function recordRequesterTickets(
  db: HistoryDb,
  viewed: TicketSnapshot,
  now: number,
  options: ZendeskApiOptions & IdentityOptions = {},
): Promise<number> {
  if (viewed.helpdesk !== 'zendesk') return 0;
  const origin = new URL(viewed.url).origin;
  const key = `${origin}#${viewed.ticketId}`;
  const lookups = await zendeskLookupsItem.get();
  if (now - (lookups[key] ?? 0) < LOOKUP_INTERVAL_MS) return 0;
  await zendeskLookupsItem.update((current) => ({ ...current, [key]: now }));

  const ticket = await fetchZendeskTicket(origin, viewed.ticketId, options);
  if (!ticket.requester_id) return 0;
  const others = (await fetchRequestedTickets(origin, ticket.requester_id, options)).filter(
    (other) => String(other.id) !== viewed.ticketId,
  );
  for (const other of others)
    await recordTicket(db, snapshotOf(other, origin, viewed.requester), now, options);
  return others.length;
}
