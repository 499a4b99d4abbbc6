/**
 * When each metric's clock starts and what stops it, read from the ticket snapshot. The
 * lifecycle follows Zendesk's metrics (shared/research/response-standards.md §1.2). A snapshot
 * holds only the latest customer message and the latest agent reply, so a metric is judged met
 * from those two instants and the status.
 */
import type { Metric } from '../packs/standards-schema';
import type { TicketSnapshot } from '../ticket/snapshot';

/** An instant both as epoch ms, to compute with, and as the ISO text it came from, to pass on. */
export interface Instant {
  ms: number;
  iso: string;
}

/** The ticket's events, each read once however many targets ask about them. */
export interface TicketEvents {
  createdAt?: Instant;
  customerWroteAt?: Instant;
  agentRepliedAt?: Instant;
  /** When Touchpoint first saw the ticket (ISO 8601), read only for a clock the page gives no start for. */
  firstSeenAt: string;
  isSolvedOrClosed: boolean;
}

export type MetricClock =
  | { phase: 'running' | 'met'; startedAt: Instant; approximate: boolean }
  /** The metric has not started, or has nothing left to measure: no countdown is shown. */
  | { phase: 'none' };

function instantOf(iso: string | undefined): Instant | undefined {
  return iso === undefined ? undefined : { ms: Date.parse(iso), iso };
}

export function ticketEvents(ticket: TicketSnapshot, firstSeenAt: string): TicketEvents {
  const events: TicketEvents = {
    firstSeenAt,
    isSolvedOrClosed: ticket.status === 'solved' || ticket.status === 'closed',
  };
  const createdAt = instantOf(ticket.createdAt);
  const customerWroteAt = instantOf(ticket.lastCustomerMessageAt);
  const agentRepliedAt = instantOf(ticket.lastAgentReplyAt);
  if (createdAt) events.createdAt = createdAt;
  if (customerWroteAt) events.customerWroteAt = customerWroteAt;
  if (agentRepliedAt) events.agentRepliedAt = agentRepliedAt;
  return events;
}

/**
 * A clock that starts when the ticket is created. Where the page did not carry the creation
 * instant (Zendesk messaging and voice, some Salesforce layouts), it starts when Touchpoint
 * first saw the ticket and is marked approximate, so a guess is never shown as exact.
 */
function fromCreation(events: TicketEvents, isMet: boolean): MetricClock {
  const startedAt = events.createdAt ?? { ms: Date.parse(events.firstSeenAt), iso: events.firstSeenAt };
  const approximate = events.createdAt === undefined;
  if (isMet) return { phase: 'met', startedAt, approximate };
  // A ticket solved without the reply was closed by other means: nothing is left to count.
  if (events.isSolvedOrClosed) return { phase: 'none' };
  return { phase: 'running', startedAt, approximate };
}

/** A public agent reply after the ticket was created; any known reply when creation is unknown. */
function hasReplySinceCreation({ agentRepliedAt, createdAt }: TicketEvents): boolean {
  return agentRepliedAt !== undefined && (createdAt === undefined || agentRepliedAt.ms >= createdAt.ms);
}

/**
 * - first reply, callback: from creation until a public agent reply.
 * - next reply: from a customer message written after the last agent reply until the next
 *   reply. Without both instants the snapshot cannot say the customer is waiting, so no
 *   countdown; before any agent reply, the first-reply target covers the wait.
 * - periodic update: from the last agent reply, due again `within` later, until the ticket is
 *   solved or closed; before the first reply it has not started (Zendesk activates it on a
 *   public agent comment).
 * - resolution: from creation until the ticket is solved or closed.
 */
export function metricClock(metric: Metric, events: TicketEvents): MetricClock {
  const { customerWroteAt, agentRepliedAt, isSolvedOrClosed } = events;
  switch (metric) {
    case 'first_reply':
    case 'callback':
      return fromCreation(events, hasReplySinceCreation(events));
    case 'resolution':
      return fromCreation(events, isSolvedOrClosed);
    case 'next_reply':
      return customerWroteAt && agentRepliedAt && customerWroteAt.ms > agentRepliedAt.ms && !isSolvedOrClosed
        ? { phase: 'running', startedAt: customerWroteAt, approximate: false }
        : { phase: 'none' };
    case 'periodic_update':
      return agentRepliedAt && !isSolvedOrClosed
        ? { phase: 'running', startedAt: agentRepliedAt, approximate: false }
        : { phase: 'none' };
  }
}
