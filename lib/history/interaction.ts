import type { TicketSnapshot } from '../ticket/snapshot';
import { MAX_EXCERPT, type Interaction } from './schema';

function instant(iso: string | undefined): number | undefined {
  return iso === undefined ? undefined : Date.parse(iso);
}

/** The message cut to the stored length, at a character boundary, marked as cut. */
export function excerptOf(message: string): string {
  const characters = [...message.trim()];
  return characters.length <= MAX_EXCERPT
    ? characters.join('')
    : `${characters.slice(0, MAX_EXCERPT - 1).join('')}…`;
}

/**
 * The interaction a reading of the ticket describes. A reading that lacks something an earlier
 * one had (the page was still loading) keeps the earlier value rather than erasing it, and
 * the update time never moves backwards.
 */
export function interactionFrom(
  ticket: TicketSnapshot,
  customerId: string,
  seenAt: number,
  earlier?: Interaction,
): Interaction {
  const createdAt = instant(ticket.createdAt) ?? earlier?.createdAt ?? seenAt;
  const activity = [ticket.createdAt, ticket.lastCustomerMessageAt, ticket.lastAgentReplyAt].flatMap(
    (iso) => instant(iso) ?? [],
  );
  const known = earlier ? [earlier.updatedAt, ...activity] : activity;
  const message = ticket.latestCustomerMessage?.trim();
  return {
    helpdesk: ticket.helpdesk,
    ticketId: ticket.ticketId,
    customerId,
    channel: ticket.channel,
    subject: ticket.subject || earlier?.subject || '',
    status: ticket.status ?? earlier?.status,
    tags: ticket.tags,
    createdAt,
    updatedAt: known.length > 0 ? Math.max(...known) : seenAt,
    excerpt: message ? excerptOf(message) : earlier?.excerpt,
    url: ticket.url,
  };
}

const comparedFields: (keyof Interaction)[] = [
  'customerId',
  'channel',
  'subject',
  'status',
  'createdAt',
  'updatedAt',
  'excerpt',
  'url',
];

/** Whether storing `next` would change nothing, so the write can be skipped. */
export function sameInteraction(stored: Interaction, next: Interaction): boolean {
  return (
    comparedFields.every((field) => stored[field] === next[field]) &&
    stored.tags.length === next.tags.length &&
    stored.tags.every((tag, index) => tag === next.tags[index])
  );
}
