import { describe, expect, test } from 'vitest';

import { selectOffers } from '../../lib/offers/select-offers';
import type { OfferInputs, OfferSelection } from '../../lib/offers/selection';
import { DAY, HOUR, makeOfferEvent, NOW } from '../builders/history';
import { candidate, daniel, makeOffer, offerInputs, weakSignalTicket } from '../builders/offers';

const meshExtender = candidate(makeOffer());

function selectMesh(overrides: Partial<OfferInputs> = {}): OfferSelection {
  return selectOffers([meshExtender], offerInputs(overrides));
}

function heldBackReasons(selection: OfferSelection): { rule: string; text: string }[] {
  return selection.heldBack.flatMap((held) => held.reasons);
}

describe('an eligible offer', () => {
  test('is shown when its conditions hold, the customer owns what it requires and not what it sells', () => {
    const selection = selectMesh();
    expect(selection.suppressed).toBeUndefined();
    expect(selection.shown.map((ranked) => ranked.offer.id)).toEqual(['mesh-extender-weak-signal']);
    expect(selection.heldBack).toEqual([]);
  });

  test('needs only one of the products it requires', () => {
    const offer = candidate(makeOffer({ requiresOwned: ['router-x2', 'router-x3'] }));
    const selection = selectOffers([offer], offerInputs({ customer: daniel({ products: ['router-x3'] }) }));
    expect(selection.shown).toHaveLength(1);
  });

  test('compares product ids without case, as conditions do', () => {
    const selection = selectMesh({ customer: daniel({ products: ['Fibre-100', 'ROUTER-X2'] }) });
    expect(selection.shown).toHaveLength(1);
  });
});

describe('an offer is held back, with the reason on demand', () => {
  test.each([
    {
      rule: 'owns already',
      products: ['fibre-100', 'router-x2', 'mesh-extender'],
      reasons: [{ rule: 'owns-already', text: 'owns Mesh Extender already' }],
    },
    {
      rule: 'owns what rules it out',
      products: ['fibre-1000', 'router-x2'],
      reasons: [{ rule: 'excluded-by-owned', text: 'owns Fibre 1000 broadband, which rules this offer out' }],
    },
    {
      rule: 'lacks what it requires',
      products: ['fibre-100'],
      reasons: [{ rule: 'requires', text: 'needs Router X2' }],
    },
    {
      rule: 'owns nothing at all',
      products: [],
      reasons: [{ rule: 'requires', text: 'needs Router X2' }],
    },
  ])('$rule', ({ products, reasons }) => {
    const selection = selectMesh({ customer: daniel({ products }) });
    expect(selection.shown).toEqual([]);
    expect(heldBackReasons(selection)).toEqual(reasons);
  });

  test('when its conditions do not match the ticket, naming what they needed', () => {
    const ticket = weakSignalTicket({
      subject: 'Change of billing date',
      latestCustomerMessage: 'Could my direct debit come out on the 5th instead of the 1st?',
      tags: ['billing'],
    });
    expect(heldBackReasons(selectMesh({ ticket }))).toEqual([
      {
        rule: 'conditions',
        text: "conditions don't match this ticket: needs one of: ticket to mention “weak”, “upstairs” or “dead zone”; tag “weak-signal” or “coverage”",
      },
    ]);
  });

  test('when a negative condition fails, naming what the ticket shows', () => {
    const ticket = weakSignalTicket({ priority: 'urgent' });
    expect(heldBackReasons(selectMesh({ ticket }))).toEqual([
      { rule: 'conditions', text: "conditions don't match this ticket: priority is urgent" },
    ]);
  });

  test('for what the customer owns alone, every such reason, without testing the ticket', () => {
    const ticket = weakSignalTicket({ priority: 'urgent' });
    const selection = selectMesh({ ticket, customer: daniel({ products: ['mesh-extender', 'fibre-1000'] }) });
    expect(heldBackReasons(selection).map((reason) => reason.rule)).toEqual([
      'owns-already',
      'excluded-by-owned',
      'requires',
    ]);
  });

  test('for its conditions and its cooldown together', () => {
    const ticket = weakSignalTicket({ priority: 'urgent' });
    const declined = makeOfferEvent({
      customerId: daniel().id,
      offerId: 'mesh-extender-weak-signal',
      kind: 'declined',
      at: NOW - DAY,
    });
    expect(heldBackReasons(selectMesh({ ticket, events: [declined] }))).toEqual([
      { rule: 'conditions', text: "conditions don't match this ticket: priority is urgent" },
      { rule: 'cooldown', text: 'declined 1 day ago (cooldown 30 days)' },
    ]);
  });
});

describe('cooldown after the customer declined', () => {
  const declined = (at: number, overrides = {}) =>
    makeOfferEvent({
      customerId: daniel().id,
      offerId: 'mesh-extender-weak-signal',
      kind: 'declined',
      at,
      ...overrides,
    });

  test('holds the offer back while the cooldown runs, saying when they said no', () => {
    const selection = selectMesh({ events: [declined(NOW - 3 * DAY - 2 * HOUR)] });
    expect(selection.shown).toEqual([]);
    expect(heldBackReasons(selection)).toEqual([
      { rule: 'cooldown', text: 'declined 3 days ago (cooldown 30 days)' },
    ]);
  });

  test('goes by the latest refusal', () => {
    const events = [declined(NOW - 45 * DAY), declined(NOW - 2 * HOUR)];
    expect(heldBackReasons(selectMesh({ events }))).toEqual([
      { rule: 'cooldown', text: 'declined 2 h ago (cooldown 30 days)' },
    ]);
  });

  test.each([
    ['the cooldown has ended', [declined(NOW - 30 * DAY)]],
    ['the offer was accepted, not declined', [declined(NOW - DAY, { kind: 'accepted' })]],
    ['another offer was declined', [declined(NOW - DAY, { offerId: 'fibre-500-upgrade' })]],
    [
      'another customer declined it',
      [declined(NOW - DAY, { customerId: 'c0a8f0e4-5b1d-4c52-9a57-3f7d2b6e1c01' })],
    ],
  ])('does not hold it back when %s', (_case, events) => {
    expect(selectMesh({ events }).shown).toHaveLength(1);
  });

  test('an offer without a cooldown may be made again straight away', () => {
    const offer = candidate(makeOffer({ cooldownDays: 0 }));
    const selection = selectOffers([offer], offerInputs({ events: [declined(NOW - HOUR)] }));
    expect(selection.shown).toHaveLength(1);
  });
});
