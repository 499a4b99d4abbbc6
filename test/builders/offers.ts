import { tallyOfferEvents } from '../../lib/offers/acceptance';
import { defaultOfferRules } from '../../lib/offers/offer-rules';
import type { OfferCandidate, OfferCustomer, OfferInputs } from '../../lib/offers/selection';
import { offerSchema, type Offer } from '../../lib/packs/offer-schema';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { NOW } from './history';
import { makeTicket } from './ticket';

/** Northwind Broadband's catalogue, as packs/northwind-support/products.yaml names it. */
export const northwindCatalogue: ReadonlyMap<string, string> = new Map([
  ['fibre-100', 'Fibre 100 broadband'],
  ['fibre-500', 'Fibre 500 broadband'],
  ['fibre-1000', 'Fibre 1000 broadband'],
  ['router-x2', 'Router X2'],
  ['router-x3', 'Router X3'],
  ['mesh-extender', 'Mesh Extender'],
  ['router-insurance', 'Router Care'],
  ['tv-addon', 'Northwind TV'],
  ['backup-4g', 'Always-On 4G backup'],
]);

/** Never on an urgent ticket: the guard Northwind's offers start with. */
const notUrgent = { field: 'ticket.priority', op: 'is_not', value: 'urgent' };

/** The Mesh Extender offer for weak Wi-Fi upstairs; override what a test is about. */
export function makeOffer(overrides: Partial<Record<keyof Offer, unknown>> = {}): Offer {
  return offerSchema.parse({
    id: 'mesh-extender-weak-signal',
    title: 'Mesh Extender for rooms the router can’t reach',
    pitch:
      'Hi {{requester.firstName | "there"}}, a **Mesh Extender** carries your Wi-Fi upstairs for $4 a month.',
    product: 'mesh-extender',
    when: {
      all: [notUrgent],
      any: [
        { field: 'ticket.text', op: 'contains', value: 'weak' },
        { field: 'ticket.text', op: 'contains', value: 'upstairs' },
        { field: 'ticket.text', op: 'contains', value: 'dead zone' },
        { field: 'ticket.tags', op: 'includes', value: ['weak-signal', 'coverage'] },
      ],
    },
    requiresOwned: ['router-x2'],
    excludeIfOwned: ['fibre-1000'],
    weight: 85,
    cooldownDays: 30,
    ...overrides,
  });
}

/** Fibre 500 for Fibre 100 customers whose evenings are slow. */
export function fibre500Upgrade(overrides: Partial<Record<keyof Offer, unknown>> = {}): Offer {
  return makeOffer({
    id: 'fibre-500-upgrade',
    title: 'Fibre 500 upgrade',
    pitch: 'Fibre 500 is five times faster for $15 a month more.',
    product: 'fibre-500',
    when: {
      all: [notUrgent],
      any: [
        { field: 'ticket.text', op: 'contains', value: 'slow' },
        { field: 'ticket.text', op: 'contains', value: 'buffering' },
        { field: 'ticket.text', op: 'contains', value: 'speed' },
      ],
    },
    requiresOwned: ['fibre-100'],
    excludeIfOwned: ['fibre-1000'],
    weight: 75,
    cooldownDays: 60,
    ...overrides,
  });
}

/** 4G backup for anyone who works from home: no product required. */
export function backup4g(overrides: Partial<Record<keyof Offer, unknown>> = {}): Offer {
  return makeOffer({
    id: 'backup-4g-home-worker',
    title: 'Always-On 4G backup for home workers',
    pitch: 'If the line drops, the router switches to 4G within a minute. $6 a month.',
    product: 'backup-4g',
    when: {
      all: [notUrgent],
      any: [
        { field: 'ticket.text', op: 'contains', value: 'work from home' },
        { field: 'ticket.text', op: 'contains', value: 'video calls' },
      ],
    },
    requiresOwned: undefined,
    excludeIfOwned: undefined,
    weight: 50,
    cooldownDays: 180,
    ...overrides,
  });
}

export function candidate(offer: Offer, packId = 'northwind-support'): OfferCandidate {
  return { packId, offer, catalogue: northwindCatalogue };
}

/** Daniel Reyes on WhatsApp (Zendesk #4519): his Router X2 does not reach upstairs. */
export function weakSignalTicket(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return makeTicket({
    ticketId: '4519',
    url: 'https://northwind.zendesk.com/agent/tickets/4519',
    subject: 'Router keeps dropping Wi-Fi every evening',
    requester: { name: 'Daniel Reyes', phone: '+44 7700 900123' },
    channel: 'messaging',
    priority: 'normal',
    status: 'open',
    tags: ['wifi', 'router_x2', 'connectivity'],
    createdAt: '2026-11-26T09:47:00.000Z',
    lastCustomerMessageAt: '2026-11-26T11:10:00.000Z',
    lastAgentReplyAt: '2026-11-26T10:02:00.000Z',
    latestCustomerMessage:
      'It says 2.4.1. Signal upstairs is still weak, the kids can’t do homework up there.',
    ...overrides,
  });
}

/** Daniel as the history store knows him: Fibre 100 with the Router X2 it came with. */
export function daniel(overrides: Partial<OfferCustomer> = {}): OfferCustomer {
  return {
    id: '5d2c8a41-7f0e-4b9a-a6d3-19c4e8f2b710',
    products: ['fibre-100', 'router-x2'],
    recentContacts: 2,
    ...overrides,
  };
}

export function offerInputs(overrides: Partial<OfferInputs> = {}): OfferInputs {
  return {
    ticket: weakSignalTicket(),
    customer: daniel(),
    events: [],
    acceptance: tallyOfferEvents([]),
    rules: defaultOfferRules,
    now: NOW,
    ...overrides,
  };
}
