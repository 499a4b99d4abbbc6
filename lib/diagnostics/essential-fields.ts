import type { TicketSnapshot } from '../ticket/snapshot';

/**
 * What the panel cannot do without, named for the agent: countdowns need the priority and
 * status, the customer history needs a way to reach the customer. When any is missing on a read
 * ticket, the panel offers "Report this page" (issue #8).
 */
export function unreadEssentials(snapshot: TicketSnapshot): string[] {
  const missing: string[] = [];
  if (snapshot.priority === undefined) missing.push('priority');
  if (snapshot.status === undefined) missing.push('status');
  if (snapshot.requester.email === undefined && snapshot.requester.phone === undefined) {
    missing.push('requester email or phone');
  }
  return missing;
}
