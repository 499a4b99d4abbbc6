// @vitest-environment node
import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { tallyOfferEvents } from '../../lib/offers/acceptance';
import { eligibilityOf, isEligible, ownedSet } from '../../lib/offers/eligibility';
import { selectOffers } from '../../lib/offers/select-offers';
import type { OfferCustomer } from '../../lib/offers/selection';
import { activePackContent } from '../../lib/packs/active-content';
import { parsePackText } from '../../lib/packs/parse';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { makeOfferEvent, mayaCallsBack, mayaUpgrades, NOW } from '../builders/history';
import { daniel, weakSignalTicket } from '../builders/offers';

/**
 * The demo pack's offers and rules on the demo's tickets (scripts/demo/data.ts), for customers
 * who own what a CRM import would give them: the scenarios the panel is demonstrated with.
 */
const parsed = parsePackText(new Uint8Array(readFileSync('public/packs/northwind-support.json')));
if (!parsed.ok) throw new Error('the committed demo pack does not parse');
const content = activePackContent({
  'northwind-support': {
    pack: parsed.pack,
    source: { kind: 'file', fileName: 'northwind-support.json' },
    installedAt: NOW,
  },
});

const maya: OfferCustomer = {
  id: 'c0a8f0e4-5b1d-4c52-9a57-3f7d2b6e1c01',
  products: ['fibre-100', 'router-x2'],
  recentContacts: 3,
};

/** Daniel's latest WhatsApp message on #4519, as the demo has it. */
const danielsTicket = weakSignalTicket({
  latestCustomerMessage: 'It says 2.4.1. Signal upstairs is still weak',
});

function offersFor(
  ticket: TicketSnapshot,
  customer: OfferCustomer,
  events = [makeOfferEvent({ kind: 'shown' })],
) {
  return selectOffers(content.offers, {
    ticket,
    customer,
    events: events.filter((event) => event.customerId === customer.id),
    acceptance: tallyOfferEvents(events),
    rules: content.offerRules,
    now: NOW,
  });
}

describe('the demo pack', () => {
  test('has its offer rules', () => {
    expect(content.offerRules).toMatchObject({
      complaintTags: ['complaint', 'refund', 'outage', 'cancellation', 'bereavement'],
      limits: [{ count: 2, withinDays: 30 }],
    });
    expect(content.offerRules.upsetPhrases).toEqual(expect.arrayContaining(['furious', 'verärgert']));
  });

  test('offers Daniel, who owns a Router X2, the Mesh Extender for his weak signal upstairs (Zendesk #4519)', () => {
    const selection = offersFor(danielsTicket, daniel());
    expect(selection.shown.map(({ offer, reasons }) => [offer.id, reasons])).toEqual([
      [
        'mesh-extender-weak-signal',
        [
          'owns Router X2 (Wi-Fi 6)',
          'no Mesh Extender yet',
          'ticket mentions “weak”, “upstairs” and “signal”',
        ],
      ],
    ]);
    expect(
      selection.heldBack.find((held) => held.offer.id === 'wifi-health-check-repeat-contact')?.reasons,
    ).toEqual([
      {
        rule: 'conditions',
        text: "conditions don't match this ticket: needs more than 2 contacts in 30 days",
      },
    ]);
  });

  test('holds it back from Daniel while the history knows no router of his', () => {
    const selection = offersFor(danielsTicket, daniel({ products: [] }));
    expect(selection.shown).toEqual([]);
    expect(selection.heldBack.find((held) => held.offer.id === 'mesh-extender-weak-signal')?.reasons).toEqual(
      [{ rule: 'requires', text: 'needs Router X2 (Wi-Fi 6)' }],
    );
  });

  test('offers Maya the Fibre 500 upgrade she asks about on the web form (Salesforce 00104225)', () => {
    const selection = offersFor(mayaUpgrades(), maya);
    expect(selection.shown.map(({ offer, reasons }) => [offer.id, reasons])).toEqual([
      [
        'fibre-500-upgrade',
        ['owns Fibre 100 broadband', 'no Fibre 500 broadband yet', 'ticket mentions “upgrade”'],
      ],
    ]);
  });

  test('makes no offer on Maya’s refund callback (Zendesk #4530)', () => {
    expect(offersFor(mayaCallsBack(), maya).suppressed).toEqual({
      rule: 'complaint',
      reason: 'no offers on a complaint: the ticket is tagged “refund”',
    });
  });

  test('stops after two offers made to one customer in a month', () => {
    const events = ['static-ip-remote-access', 'tv-addon-streaming'].map((offerId, index) =>
      makeOfferEvent({
        id: `made-${index}`,
        customerId: maya.id,
        offerId,
        kind: index === 0 ? 'accepted' : 'declined',
      }),
    );
    expect(offersFor(mayaUpgrades(), maya, events).suppressed?.rule).toBe('limit');
  });

  test('has twelve or more offers, each selling a product of its own catalogue', () => {
    expect(content.offers.length).toBeGreaterThanOrEqual(12);
    for (const { offer, catalogue } of content.offers)
      expect(catalogue.has(offer.product), offer.id).toBe(true);
  });
});

describe('the quick eligibility test of every ranking', () => {
  const customers: OfferCustomer[] = [maya, { ...maya, products: [] }, { ...maya, products: ['tv-addon'] }];
  const tickets = [danielsTicket, mayaCallsBack(), mayaUpgrades()];
  const events = [makeOfferEvent({ customerId: maya.id, offerId: 'mesh-extender', kind: 'declined' })];

  test('agrees with the explained one on every demo offer, customer and ticket', () => {
    for (const customer of customers) {
      for (const ticket of tickets) {
        const facts = { ticket, customer };
        const owned = ownedSet(customer);
        for (const candidate of content.offers) {
          const quick = isEligible(candidate, facts, owned, events, NOW);
          expect(quick, `${candidate.offer.id} on ${ticket.subject}`).toBe(
            eligibilityOf(candidate, facts, owned, events, NOW).eligible,
          );
        }
      }
    }
  });
});
