import type { OfferEvent } from '../history/schema';

/** How agents in this browser have answered one offer, across every customer. */
export interface OfferTally {
  shown: number;
  accepted: number;
  declined: number;
  notRelevant: number;
}

/** Tallies by offer id. Events carry no pack id, so same-named offers of two packs share one. */
export type OfferAcceptance = ReadonlyMap<string, OfferTally>;

const noAnswers: OfferTally = { shown: 0, accepted: 0, declined: 0, notRelevant: 0 };

const fieldOf = {
  shown: 'shown',
  accepted: 'accepted',
  declined: 'declined',
  'not-relevant': 'notRelevant',
} as const satisfies Record<OfferEvent['kind'], keyof OfferTally>;

export function tallyOfferEvents(events: readonly OfferEvent[]): OfferAcceptance {
  const tallies = new Map<string, OfferTally>();
  for (const event of events) {
    const tally = tallies.get(event.offerId) ?? { ...noAnswers };
    tally[fieldOf[event.kind]] += 1;
    tallies.set(event.offerId, tally);
  }
  return tallies;
}

export function tallyOf(acceptance: OfferAcceptance, offerId: string): OfferTally {
  return acceptance.get(offerId) ?? noAnswers;
}

/**
 * Times an agent answered the offer. A card only shown says nothing of the offer: the agent may
 * not have got to it, and the showing on screen now would count against itself.
 */
function timesAnswered(tally: OfferTally): number {
  return tally.accepted + tally.declined + tally.notRelevant;
}

/**
 * Accepted over answered, pulled towards one half while there are few answers (Laplace's rule),
 * so a new offer starts neutral and one acceptance out of one does not outrank everything.
 */
export function acceptanceRate(tally: OfferTally): number {
  return (tally.accepted + 1) / (timesAnswered(tally) + 2);
}

/** "accepted 3 of 5 times here", with the not-relevant marks when there are some. */
export function acceptanceText(tally: OfferTally): string | undefined {
  const answered = timesAnswered(tally);
  if (answered === 0) return undefined;
  const accepted = `accepted ${tally.accepted} of ${answered} ${answered === 1 ? 'time' : 'times'} here`;
  if (tally.notRelevant === 0) return accepted;
  return `${accepted}, marked not relevant ${tally.notRelevant === 1 ? 'once' : `${tally.notRelevant} times`}`;
}
