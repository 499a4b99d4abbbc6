import { describe, expect, test } from 'vitest';

import { tallyOfferEvents } from '../../lib/offers/acceptance';
import { selectOffers } from '../../lib/offers/select-offers';
import type { OfferCandidate } from '../../lib/offers/selection';
import type { OfferEvent } from '../../lib/history/schema';
import { HOUR, makeOfferEvent, NOW } from '../builders/history';
import {
  backup4g,
  candidate,
  daniel,
  fibre500Upgrade,
  makeOffer,
  offerInputs,
  weakSignalTicket,
} from '../builders/offers';

/** Daniel's evenings: weak Wi-Fi upstairs, slow streaming, and he works from home. */
const busyEvening = weakSignalTicket({
  subject: 'Wi-Fi weak upstairs and slow in the evening',
  latestCustomerMessage:
    'The signal upstairs is weak and everything is slow after 7pm: Netflix keeps buffering and my video calls freeze. I work from home.',
});

const mesh = candidate(makeOffer());
const fibre500 = candidate(fibre500Upgrade());
const backup = candidate(backup4g());

function answers(offerId: string, counts: Partial<Record<OfferEvent['kind'], number>>): OfferEvent[] {
  return Object.entries(counts).flatMap(([kind, count]) =>
    Array.from({ length: count }, (_, index) =>
      makeOfferEvent({
        id: `${offerId}-${kind}-${index}`,
        customerId: `customer-${index}`,
        offerId,
        kind: kind as OfferEvent['kind'],
      }),
    ),
  );
}

describe('ranking', () => {
  test('weight, fit to the ticket and to what the customer owns, each part shown, with the card’s reasons', () => {
    const selection = selectOffers([backup, fibre500, mesh], offerInputs({ ticket: busyEvening }));
    expect(selection.shown.map(({ offer, score, reasons }) => ({ id: offer.id, score, reasons }))).toEqual([
      {
        id: 'mesh-extender-weak-signal',
        score: { weight: 85, ticketFit: 20, productFit: 15, acceptance: 0, notRelevantHere: 0, total: 120 },
        reasons: ['owns Router X2', 'no Mesh Extender yet', 'ticket mentions “weak” and “upstairs”'],
      },
      {
        id: 'fibre-500-upgrade',
        score: { weight: 75, ticketFit: 20, productFit: 15, acceptance: 0, notRelevantHere: 0, total: 110 },
        reasons: [
          'owns Fibre 100 broadband',
          'no Fibre 500 broadband yet',
          'ticket mentions “slow” and “buffering”',
        ],
      },
      {
        id: 'backup-4g-home-worker',
        score: { weight: 50, ticketFit: 20, productFit: 0, acceptance: 0, notRelevantHere: 0, total: 70 },
        reasons: ['no Always-On 4G backup yet', 'ticket mentions “work from home” and “video calls”'],
      },
    ]);
  });

  test('more of the ticket’s words raise an offer above a heavier one', () => {
    // One mention of "weak" against "slow", "buffering" and "speed": 85 + 10 < 75 + 30.
    const ticket = weakSignalTicket({
      subject: 'Speed',
      latestCustomerMessage: 'Slow and buffering all evening, and a weak spot in the kitchen.',
    });
    const selection = selectOffers([mesh, fibre500], offerInputs({ ticket }));
    expect(selection.shown.map((ranked) => [ranked.offer.id, ranked.score.total])).toEqual([
      ['fibre-500-upgrade', 120],
      ['mesh-extender-weak-signal', 110],
    ]);
  });

  test('a product condition that holds counts as fit to what the customer owns', () => {
    const fibre1000Router = candidate(
      makeOffer({
        id: 'router-x3-upgrade',
        product: 'router-x3',
        when: {
          all: [{ field: 'customer.products', op: 'includes', value: 'fibre-1000' }],
          any: [{ field: 'ticket.text', op: 'contains', value: 'slow' }],
        },
        requiresOwned: undefined,
        excludeIfOwned: undefined,
        weight: 55,
      }),
    );
    const selection = selectOffers(
      [fibre1000Router],
      offerInputs({ ticket: busyEvening, customer: daniel({ products: ['fibre-1000', 'router-x2'] }) }),
    );
    expect(selection.shown[0]).toMatchObject({
      score: { productFit: 15, ticketFit: 10, total: 80 },
      reasons: ['owns Fibre 1000 broadband', 'no Router X3 yet', 'ticket mentions “slow”'],
    });
  });

  test('the acceptance rate in this browser moves an offer up or down, and says so', () => {
    const events = [
      ...answers('backup-4g-home-worker', { shown: 5, accepted: 4 }),
      ...answers('mesh-extender-weak-signal', { shown: 6, declined: 2, 'not-relevant': 3 }),
    ];
    const selection = selectOffers(
      [backup, fibre500, mesh],
      offerInputs({ ticket: busyEvening, acceptance: tallyOfferEvents(events) }),
    );
    expect(
      selection.shown.map(({ offer, score, reasons, lowered }) => [
        offer.id,
        score.acceptance,
        score.total,
        reasons.at(-1),
        lowered,
      ]),
    ).toEqual(
      [
        ['fibre-500-upgrade', 0, 110, 'ticket mentions “slow” and “buffering”', []],
        // Answered 4 times, accepted 4: (4 + 1) / (4 + 2) = 0.833, +13.3. The 5th showing was no answer.
        ['backup-4g-home-worker', 13.3, 83.3, 'accepted 4 of 4 times here', []],
        // Answered 5 times, accepted none: (0 + 1) / (5 + 2) = 0.143, −14.3; said under `lowered`.
        [
          'mesh-extender-weak-signal',
          -14.3,
          105.7,
          'ticket mentions “weak” and “upstairs”',
          ['accepted 0 of 5 times here, marked not relevant 3 times'],
        ],
      ].sort((a, b) => Number(b[2]) - Number(a[2])),
    );
  });

  test('“not relevant” for this customer drops the offer below the others for a day', () => {
    const notRelevant = makeOfferEvent({
      customerId: daniel().id,
      offerId: 'mesh-extender-weak-signal',
      kind: 'not-relevant',
      at: NOW - 2 * HOUR,
    });
    const selection = selectOffers(
      [backup, fibre500, mesh],
      offerInputs({ ticket: busyEvening, events: [notRelevant] }),
    );
    expect(selection.shown.map((ranked) => ranked.offer.id)).toEqual([
      'fibre-500-upgrade',
      'backup-4g-home-worker',
      'mesh-extender-weak-signal',
    ]);
    expect(selection.shown[2]).toMatchObject({
      score: { notRelevantHere: -50, total: 70 },
      lowered: ['marked not relevant for this customer 2 h ago'],
    });
    const nextDay = selectOffers(
      [backup, fibre500, mesh],
      offerInputs({ ticket: busyEvening, events: [notRelevant], now: NOW + 23 * HOUR }),
    );
    expect(nextDay.shown[0]!.offer.id).toBe('mesh-extender-weak-signal');
  });
});

describe('the top three', () => {
  const safeHome = candidate(
    makeOffer({
      id: 'safe-home-family',
      product: 'safe-home',
      when: { any: [{ field: 'ticket.text', op: 'contains', value: 'kids' }] },
      requiresOwned: undefined,
      excludeIfOwned: undefined,
      weight: 30,
    }),
  );
  const ticket = weakSignalTicket({
    latestCustomerMessage: `${busyEvening.latestCustomerMessage} The kids are upstairs too.`,
  });

  test('are shown; an eligible fourth is held back as ranked below, with its score', () => {
    const selection = selectOffers([safeHome, backup, fibre500, mesh], offerInputs({ ticket }));
    expect(selection.shown.map((ranked) => ranked.offer.id)).toEqual([
      'mesh-extender-weak-signal',
      'fibre-500-upgrade',
      'backup-4g-home-worker',
    ]);
    expect(selection.heldBack).toEqual([
      {
        packId: 'northwind-support',
        offer: safeHome.offer,
        reasons: [{ rule: 'ranked-below', text: 'ranked below the top three: score 40 against 70' }],
        score: expect.objectContaining({ total: 40 }),
      },
    ]);
  });

  test('the held-back reason says what lowered an offer', () => {
    const events = answers('safe-home-family', { shown: 4, 'not-relevant': 4 });
    const selection = selectOffers(
      [safeHome, backup, fibre500, mesh],
      offerInputs({ ticket, acceptance: tallyOfferEvents(events) }),
    );
    expect(selection.heldBack[0]!.reasons).toEqual([
      {
        rule: 'ranked-below',
        text: 'ranked below the top three: score 26.7 against 70; accepted 0 of 4 times here, marked not relevant 4 times',
      },
    ]);
  });

  test('ranked-below offers come first among the held back, then the rest by id', () => {
    const tv = candidate(
      makeOffer({ id: 'tv-addon-streaming', product: 'tv-addon', requiresOwned: ['fibre-500'] }),
    );
    const care = candidate(
      makeOffer({
        id: 'router-care',
        product: 'router-insurance',
        when: { any: [{ field: 'ticket.text', op: 'contains', value: 'cracked' }] },
      }),
    );
    const selection = selectOffers([tv, safeHome, care, backup, fibre500, mesh], offerInputs({ ticket }));
    expect(selection.heldBack.map((held) => [held.offer.id, held.reasons[0]!.rule])).toEqual([
      ['safe-home-family', 'ranked-below'],
      ['router-care', 'conditions'],
      ['tv-addon-streaming', 'requires'],
    ]);
  });
});

describe('determinism', () => {
  const twins = ['static-ip', 'home-phone', 'backup-4g-b', 'backup-4g-a'].map((id) =>
    candidate(backup4g({ id, weight: 40 })),
  );

  test('equal scores are ordered by offer id, whatever order the packs list them in', () => {
    const ticket = busyEvening;
    const ids = (list: readonly OfferCandidate[]) =>
      selectOffers(list, offerInputs({ ticket })).shown.map((ranked) => ranked.offer.id);
    expect(ids(twins)).toEqual(['backup-4g-a', 'backup-4g-b', 'home-phone']);
    expect(ids([...twins].reverse())).toEqual(['backup-4g-a', 'backup-4g-b', 'home-phone']);
  });

  test('the same inputs give the same answer', () => {
    const inputs = offerInputs({ ticket: busyEvening });
    expect(selectOffers([mesh, backup, fibre500, ...twins], inputs)).toEqual(
      selectOffers([...twins, fibre500, backup, mesh], inputs),
    );
  });
});

describe('several packs', () => {
  const outages = new Map([
    ['router-x2', 'Northwind Router X2'],
    ['backup-4g', '4G Failover'],
  ]);

  test('each offer names products from its own pack’s catalogue', () => {
    const failover: OfferCandidate = {
      packId: 'outage-comms',
      offer: backup4g({ id: 'failover' }),
      catalogue: outages,
    };
    const selection = selectOffers([mesh, failover], offerInputs({ ticket: busyEvening }));
    expect(selection.shown.map((ranked) => [ranked.packId, ranked.reasons[0]])).toEqual([
      ['northwind-support', 'owns Router X2'],
      ['outage-comms', 'no 4G Failover yet'],
    ]);
  });

  test('the same offer id in two packs is two offers, ordered by pack id when they tie', () => {
    const selection = selectOffers(
      [candidate(makeOffer(), 'zz-retention'), candidate(makeOffer(), 'northwind-support')],
      offerInputs(),
    );
    expect(selection.shown.map((ranked) => ranked.packId)).toEqual(['northwind-support', 'zz-retention']);
  });
});
