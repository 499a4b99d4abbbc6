import { expect, test } from 'vitest';

import { acceptanceRate, acceptanceText, tallyOfferEvents } from '../../lib/offers/acceptance';
import { makeOfferEvent } from '../builders/history';

const events = [
  makeOfferEvent({ id: 'e1', offerId: 'mesh-extender-weak-signal', kind: 'shown' }),
  makeOfferEvent({ id: 'e2', offerId: 'mesh-extender-weak-signal', kind: 'accepted' }),
  makeOfferEvent({ id: 'e3', offerId: 'mesh-extender-weak-signal', kind: 'shown', customerId: 'another' }),
  makeOfferEvent({
    id: 'e4',
    offerId: 'mesh-extender-weak-signal',
    kind: 'not-relevant',
    customerId: 'another',
  }),
  makeOfferEvent({ id: 'e5', offerId: 'fibre-500-upgrade', kind: 'declined' }),
];

test('every customer’s answers are tallied per offer', () => {
  expect(Object.fromEntries(tallyOfferEvents(events))).toEqual({
    'mesh-extender-weak-signal': { shown: 2, accepted: 1, declined: 0, notRelevant: 1 },
    'fibre-500-upgrade': { shown: 0, accepted: 0, declined: 1, notRelevant: 0 },
  });
});

test.each([
  ['never answered: neutral', { shown: 0, accepted: 0, declined: 0, notRelevant: 0 }, 0.5, undefined],
  [
    '1 of 1: only a little above neutral',
    { shown: 1, accepted: 1, declined: 0, notRelevant: 0 },
    2 / 3,
    'accepted 1 of 1 time here',
  ],
  [
    '8 of 9 answers: a card only shown is no answer',
    { shown: 10, accepted: 8, declined: 1, notRelevant: 0 },
    9 / 11,
    'accepted 8 of 9 times here',
  ],
  [
    'only shown, never answered: still neutral',
    { shown: 4, accepted: 0, declined: 0, notRelevant: 0 },
    0.5,
    undefined,
  ],
  [
    'declined once and marked not relevant once',
    { shown: 0, accepted: 0, declined: 1, notRelevant: 1 },
    1 / 4,
    'accepted 0 of 2 times here, marked not relevant once',
  ],
])('%s', (_case, tally, rate, text) => {
  expect(acceptanceRate(tally)).toBeCloseTo(rate, 10);
  expect(acceptanceText(tally)).toBe(text);
});
