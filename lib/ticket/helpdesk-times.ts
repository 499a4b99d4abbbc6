import { z } from 'zod';

import type { TicketSnapshot } from './snapshot';

const instant = z.iso.datetime({ offset: true });

/**
 * A ticket's times as the helpdesk's own API has them, exact where the page is not
 * (shared/research/helpdesk-pages.md §1: Zendesk messaging and voice tickets carry no creation
 * time in the page).
 */
export const helpdeskTimesSchema = z.strictObject({
  createdAt: instant,
  lastCustomerMessageAt: instant.optional(),
  lastAgentReplyAt: instant.optional(),
});

export type HelpdeskTimes = z.infer<typeof helpdeskTimesSchema>;

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/**
 * The snapshot with the API's times filled in. The creation instant is the API's (the page's is
 * only its first conversation item); a latest message is whichever of the two readings is later,
 * since the page may show a reply the API was asked about too early, and the other way round.
 */
export function withHelpdeskTimes(
  snapshot: TicketSnapshot,
  times: HelpdeskTimes | undefined,
): TicketSnapshot {
  if (!times) return snapshot;
  const merged: TicketSnapshot = { ...snapshot, createdAt: times.createdAt };
  const customerWrote = later(snapshot.lastCustomerMessageAt, times.lastCustomerMessageAt);
  const agentReplied = later(snapshot.lastAgentReplyAt, times.lastAgentReplyAt);
  if (customerWrote !== undefined) merged.lastCustomerMessageAt = customerWrote;
  if (agentReplied !== undefined) merged.lastAgentReplyAt = agentReplied;
  return merged;
}
