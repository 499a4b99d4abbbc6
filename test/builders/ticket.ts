import type { PageReading } from '../../lib/ticket/page-reading';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';

/** A realistic Zendesk email ticket; override what a test is about (style.md, practice 11a). */
export function makeTicket(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    helpdesk: 'zendesk',
    ticketId: '4512',
    url: 'https://northwind.zendesk.com/agent/tickets/4512',
    subject: 'Refund for double charge on November invoice',
    requester: { name: 'Maya Okafor', email: 'maya.okafor@example.com', phone: '+1 415 555 0143' },
    channel: 'email',
    priority: 'high',
    status: 'open',
    tags: ['billing', 'refund', 'invoice'],
    createdAt: '2026-11-26T08:12:00.000Z',
    lastCustomerMessageAt: '2026-11-26T10:47:00.000Z',
    lastAgentReplyAt: '2026-11-26T08:52:00.000Z',
    latestCustomerMessage:
      'Thanks Sam. Could you confirm the refund goes back to the card ending 4417 and not to account credit?',
    ...overrides,
  };
}

export function ticketReading(overrides: Partial<TicketSnapshot> = {}): PageReading {
  return { kind: 'ticket', snapshot: makeTicket(overrides) };
}
