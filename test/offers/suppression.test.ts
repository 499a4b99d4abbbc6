import { describe, expect, test } from 'vitest';

import { mergeOfferRules } from '../../lib/offers/offer-rules';
import { selectOffers } from '../../lib/offers/select-offers';
import type { OfferInputs } from '../../lib/offers/selection';
import { upsetPhrasesIn } from '../../lib/offers/upset-phrases';
import { DAY, HOUR, makeOfferEvent, NOW } from '../builders/history';
import {
  backup4g,
  candidate,
  daniel,
  fibre500Upgrade,
  makeOffer,
  offerInputs,
  weakSignalTicket,
} from '../builders/offers';

const candidates = [candidate(makeOffer()), candidate(fibre500Upgrade()), candidate(backup4g())];

function suppressionOf(overrides: Partial<OfferInputs>) {
  const selection = selectOffers(candidates, offerInputs(overrides));
  if (selection.suppressed) {
    expect(selection.shown, 'a suppressed ticket shows nothing').toEqual([]);
    expect(selection.heldBack).toEqual([]);
  }
  return selection.suppressed;
}

test('a ticket with nothing against it shows its offers', () => {
  expect(suppressionOf({})).toBeUndefined();
  expect(selectOffers(candidates, offerInputs()).shown).not.toEqual([]);
});

describe('complaints', () => {
  test('a ticket tagged as a complaint gets no offer, whatever its case', () => {
    const ticket = weakSignalTicket({ tags: ['wifi', 'Complaint'] });
    expect(suppressionOf({ ticket })).toEqual({
      rule: 'complaint',
      reason: 'no offers on a complaint: the ticket is tagged “Complaint”',
    });
  });

  test('the pack decides which tags make a complaint', () => {
    const rules = mergeOfferRules([{ complaintTags: ['refund', 'outage'] }]);
    const refund = weakSignalTicket({ tags: ['billing', 'refund'] });
    expect(suppressionOf({ ticket: refund, rules })?.reason).toBe(
      'no offers on a complaint: the ticket is tagged “refund”',
    );
    // A pack that lists its own tags no longer counts "complaint" unless it lists it too.
    expect(suppressionOf({ ticket: weakSignalTicket({ tags: ['complaint'] }), rules })).toBeUndefined();
  });
});

describe('an upset customer', () => {
  test.each([
    ["This is the third time I've called, I'm furious", ['third time', 'furious']],
    ['I’m FED UP with this router, it is useless', ['fed up', 'useless']],
    ['Absolutely unacceptable. I want to make a complaint.', ['unacceptable', 'complaint']],
    ['If this is still not fixed by Friday I will go to the ombudsman', ['still not fixed', 'ombudsman']],
    ['Please cancel my\ncontract at the end of the month', ['cancel my']],
  ])('“%s” is upset', (message, phrases) => {
    const ticket = weakSignalTicket({ latestCustomerMessage: message });
    expect(upsetPhrasesIn(ticket, mergeOfferRules([]).upsetPhrases)).toEqual(phrases);
    expect(suppressionOf({ ticket })).toEqual({
      rule: 'upset',
      reason: `no offers while the customer is upset: they wrote ${phrases.map((phrase) => `“${phrase}”`).join(', ')}`,
    });
  });

  test.each([
    'the signal upstairs is weak',
    'Evenings are slow and Netflix keeps buffering, is there a faster plan?',
    'Thanks, that fixed it! The kids are upstairs gaming again.',
    'I got a hangry text from my son about the Wi-Fi again',
    'My upsetting news: the upstairs extender died in the storm',
  ])('“%s” is not', (message) => {
    const ticket = weakSignalTicket({ latestCustomerMessage: message });
    expect(upsetPhrasesIn(ticket, mergeOfferRules([]).upsetPhrases)).toEqual([]);
    expect(suppressionOf({ ticket })).toBeUndefined();
  });

  test('the subject counts too', () => {
    const ticket = weakSignalTicket({ subject: 'Third time asking: Wi-Fi upstairs' });
    expect(suppressionOf({ ticket })?.rule).toBe('upset');
  });

  test('a pack can list phrases in its customers’ language instead', () => {
    const rules = mergeOfferRules([{ upsetPhrases: ['verärgert', 'zum dritten Mal'] }]);
    const ticket = weakSignalTicket({
      latestCustomerMessage: 'Ich rufe jetzt zum dritten  Mal an und bin wirklich verärgert.',
    });
    expect(suppressionOf({ ticket, rules })?.reason).toBe(
      'no offers while the customer is upset: they wrote “zum dritten mal”, “verärgert”',
    );
    const furious = weakSignalTicket({ latestCustomerMessage: "I'm furious" });
    expect(suppressionOf({ ticket: furious, rules })).toBeUndefined();
  });
});

test('a breached response standard comes first: no offer until the customer is answered', () => {
  expect(suppressionOf({ breachedStandard: 'Messaging' })).toEqual({
    rule: 'breached-standard',
    reason: 'no offers while the response standard “Messaging” is breached: answer first',
  });
});

test('an unknown customer gets no offer: what they own is not known', () => {
  expect(suppressionOf({ customer: undefined })).toEqual({
    rule: 'unknown-customer',
    reason: 'no offers until the customer is identified: what they own is not known',
  });
});

describe('the per-customer limit', () => {
  const event = (
    kind: 'shown' | 'accepted' | 'declined' | 'not-relevant',
    daysAgo: number,
    offerId = 'tv-addon-streaming',
  ) =>
    makeOfferEvent({
      id: `e-${kind}-${daysAgo}`,
      customerId: daniel().id,
      offerId,
      kind,
      at: NOW - daysAgo * DAY,
    });

  test('by default, three offers accepted or declined in 30 days is enough', () => {
    const events = [
      event('accepted', 2),
      event('declined', 9, 'static-ip-remote-access'),
      event('declined', 29),
    ];
    expect(suppressionOf({ events })).toEqual({
      rule: 'limit',
      reason: 'no more offers for now: 3 offers made to this customer in the last 30 days (limit 3)',
    });
  });

  test.each([
    ['two made', [event('accepted', 2), event('declined', 9)]],
    ['the third made 30 days ago', [event('accepted', 2), event('declined', 9), event('declined', 30)]],
    [
      'cards only shown or marked not relevant',
      [event('shown', 1), event('shown', 1), event('not-relevant', 1), event('shown', 3)],
    ],
    [
      'offers made to someone else',
      [1, 2, 3].map((day) => makeOfferEvent({ id: `other-${day}`, kind: 'accepted', at: NOW - day * DAY })),
    ],
  ])('is not reached with %s', (_case, events) => {
    expect(suppressionOf({ events })).toBeUndefined();
  });

  test('a pack sets its own limit, and every installed pack’s limit applies', () => {
    const rules = mergeOfferRules([
      { maxOffersPerCustomer: { count: 5, withinDays: 30 } },
      { maxOffersPerCustomer: { count: 1, withinDays: 7 } },
    ]);
    expect(suppressionOf({ rules, events: [event('accepted', 6)] })?.reason).toBe(
      'no more offers for now: 1 offer made to this customer in the last 7 days (limit 1)',
    );
    expect(suppressionOf({ rules, events: [event('accepted', 8)] })).toBeUndefined();
  });
});

test('when several rules hold, the ticket’s own state is named before the customer’s', () => {
  const ticket = weakSignalTicket({ tags: ['complaint'], latestCustomerMessage: 'Third time now. Furious.' });
  const events = [1, 2, 3].map((day) =>
    makeOfferEvent({ id: `made-${day}`, customerId: daniel().id, kind: 'declined', at: NOW - day * HOUR }),
  );
  expect(suppressionOf({ ticket, events, breachedStandard: 'Messaging', customer: undefined })?.rule).toBe(
    'complaint',
  );
  expect(
    suppressionOf({
      ticket: weakSignalTicket({ latestCustomerMessage: 'Furious.' }),
      events,
      breachedStandard: 'Messaging',
    })?.rule,
  ).toBe('upset');
  expect(suppressionOf({ events, breachedStandard: 'Messaging' })?.rule).toBe('breached-standard');
  expect(suppressionOf({ events })?.rule).toBe('limit');
});
