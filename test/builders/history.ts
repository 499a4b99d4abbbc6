import { openHistory, type HistoryDb } from '../../lib/history/db';
import type { CustomerHistory } from '../../lib/history/queries';
import type { Interaction, OfferEvent, ProductOwned } from '../../lib/history/schema';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { makeTicket } from './ticket';

/** A history database of its own for one test (fake-indexeddb must be loaded by the test file). */
export function freshHistory(): Promise<HistoryDb> {
  return openHistory(`touchpoint-history-test-${crypto.randomUUID()}`);
}

/** The demo's "now": Maya's refund thread is running on Zendesk (scripts/demo/data.ts). */
export const NOW = Date.parse('2026-11-26T11:22:00.000Z');
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** Maya calling back about her refund on Zendesk #4530. */
export function mayaCallsBack(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return makeTicket({
    ticketId: '4530',
    url: 'https://northwind.zendesk.com/agent/tickets/4530',
    subject: 'Callback: refund still not received',
    requester: { name: 'Maya Okafor', email: 'maya.okafor@example.com', phone: '+1 415 555 0143' },
    channel: 'phone',
    priority: 'normal',
    status: 'new',
    tags: ['billing', 'refund', 'callback'],
    createdAt: '2026-11-26T11:05:00.000Z',
    lastCustomerMessageAt: '2026-11-26T11:05:00.000Z',
    lastAgentReplyAt: undefined,
    latestCustomerMessage: 'Caller says the duplicate $89.00 charge has still not come back to her card.',
    ...overrides,
  });
}

/** Maya's plan upgrade, a Salesforce case from the web form. */
export function mayaUpgrades(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return makeTicket({
    helpdesk: 'salesforce',
    ticketId: '00104225',
    recordId: '5005g00000Qm7c2AAB',
    url: 'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7c2AAB/view',
    subject: 'Upgrade to Fibre 500 plan',
    channel: 'web',
    priority: 'low',
    status: 'open',
    tags: [],
    createdAt: '2026-11-24T16:40:00.000Z',
    lastCustomerMessageAt: '2026-11-24T16:40:00.000Z',
    lastAgentReplyAt: '2026-11-25T09:15:00.000Z',
    latestCustomerMessage: 'I would like to move from Fibre 100 to Fibre 500 when my contract renews.',
    ...overrides,
  });
}

/** The stored record of Maya's email about the double charge, Zendesk #4512. */
export function makeInteraction(overrides: Partial<Interaction> = {}): Interaction {
  return {
    helpdesk: 'zendesk',
    ticketId: '4512',
    customerId: 'c0a8f0e4-5b1d-4c52-9a57-3f7d2b6e1c01',
    channel: 'email',
    subject: 'Refund for double charge on November invoice',
    status: 'open',
    tags: ['billing', 'refund', 'invoice'],
    createdAt: Date.parse('2026-11-26T08:12:00.000Z'),
    updatedAt: Date.parse('2026-11-26T10:47:00.000Z'),
    excerpt:
      'Thanks Sam. Could you confirm the refund goes back to the card ending 4417 and not to account credit?',
    url: 'https://northwind.zendesk.com/agent/tickets/4512',
    ...overrides,
  };
}

export function makeProduct(overrides: Partial<ProductOwned> = {}): ProductOwned {
  return {
    id: 'p-7a41c2',
    customerId: 'c0a8f0e4-5b1d-4c52-9a57-3f7d2b6e1c01',
    productId: 'fibre-100',
    since: Date.parse('2025-03-14T00:00:00.000Z'),
    ...overrides,
  };
}

export function makeOfferEvent(overrides: Partial<OfferEvent> = {}): OfferEvent {
  return {
    id: 'o-19be55',
    customerId: 'c0a8f0e4-5b1d-4c52-9a57-3f7d2b6e1c01',
    offerId: 'mesh-extender-bundle',
    kind: 'shown',
    at: Date.parse('2026-11-20T14:03:00.000Z'),
    ...overrides,
  };
}

/** Maya's history as the panel sees it on her callback, #4530. */
export function makeHistory(overrides: Partial<CustomerHistory> = {}): CustomerHistory {
  const email = makeInteraction();
  return {
    requesterIdentified: true,
    customer: {
      id: email.customerId,
      name: 'Maya Okafor',
      identities: [
        { kind: 'email', value: 'maya.okafor@example.com' },
        { kind: 'phone', value: '+14155550143' },
      ],
    },
    interactions: [
      email,
      makeInteraction({
        helpdesk: 'salesforce',
        ticketId: '00104225',
        channel: 'web',
        subject: 'Upgrade to Fibre 500 plan',
        status: 'open',
        tags: [],
        createdAt: Date.parse('2026-11-24T16:40:00.000Z'),
        updatedAt: Date.parse('2026-11-25T09:15:00.000Z'),
        excerpt: 'I would like to move from Fibre 100 to Fibre 500 when my contract renews.',
        url: 'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7c2AAB/view',
      }),
    ],
    productsOwned: ['fibre-100', 'router-x2'],
    repeatContacts: 3,
    continuation: { interaction: email, reason: 'refund' },
    ...overrides,
  };
}
