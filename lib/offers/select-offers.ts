import { eligibilityOf, isEligible, ownedSet } from './eligibility';
import {
  byRank,
  explainOffer,
  loweredBy,
  scoreOffer,
  type RankingContext,
  type ScoredOffer,
} from './ranking';
import type { HeldBackOffer, OfferCandidate, OfferInputs, OfferSelection, Suppression } from './selection';
import { limitSuppression, ticketSuppression, unknownCustomer } from './suppression';

/** How many offers a ticket shows: more would be a catalogue, not a suggestion. */
export const SHOWN_OFFERS = 3;

function nothingShown(suppressed: Suppression): OfferSelection {
  return { shown: [], heldBack: [], heldBackCount: 0, suppressed };
}

function byOfferId(a: HeldBackOffer, b: HeldBackOffer): number {
  return a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : a.packId < b.packId ? -1 : 1;
}

function rankedBelow(scored: ScoredOffer, third: ScoredOffer, now: number): HeldBackOffer {
  const { candidate, score } = scored;
  return {
    packId: candidate.packId,
    offer: candidate.offer,
    reasons: [
      {
        rule: 'ranked-below',
        // Worded only when read, as the other reasons to hold an offer back.
        get text() {
          const text = `ranked below the top three: score ${score.total} against ${third.score.total}`;
          return [text, ...loweredBy(scored, now)].join('; ');
        },
      },
    ],
    score,
  };
}

/**
 * The next-best offers for this ticket and customer (design.md: offers = offers(customer,
 * ticket, packs)): nothing at all on a complaint, to an upset customer, on a breached standard,
 * to an unknown customer or past the per-customer limit; otherwise every eligible offer ranked,
 * the top three shown and every other offer held back with the reasons why. Pure: the same
 * inputs give the same answer, in the same order.
 */
export function selectOffers(candidates: readonly OfferCandidate[], inputs: OfferInputs): OfferSelection {
  const { ticket, rules, now } = inputs;
  const ticketSuppressed = ticketSuppression(ticket, rules, inputs.breachedStandard);
  if (ticketSuppressed) return nothingShown(ticketSuppressed);
  const { customer } = inputs;
  if (!customer) return nothingShown(unknownCustomer);
  const customerEvents = inputs.events.filter((event) => event.customerId === customer.id);
  const limited = limitSuppression(customerEvents, rules.limits, now);
  if (limited) return nothingShown(limited);

  const facts = { ticket, customer };
  const owned = ownedSet(customer);
  const context: RankingContext = { facts, owned, customerEvents, acceptance: inputs.acceptance, now };
  const eligible: ScoredOffer[] = [];
  const ineligible: OfferCandidate[] = [];
  for (const candidate of candidates) {
    if (isEligible(candidate, facts, owned, customerEvents, now)) {
      eligible.push(scoreOffer(candidate, context));
    } else ineligible.push(candidate);
  }
  eligible.sort(byRank);
  const top = eligible.slice(0, SHOWN_OFFERS);
  const third = top.at(-1);
  let heldBack: HeldBackOffer[] | undefined;
  return {
    shown: top.map((scored) => explainOffer(scored, context)),
    heldBackCount: candidates.length - top.length,
    // Most tickets' held-back offers are never looked at: their reasons are worded on first read.
    get heldBack() {
      heldBack ??= [
        ...(third ? eligible.slice(SHOWN_OFFERS).map((scored) => rankedBelow(scored, third, now)) : []),
        ...ineligible
          .map((candidate): HeldBackOffer => {
            const eligibility = eligibilityOf(candidate, facts, owned, customerEvents, now);
            return {
              packId: candidate.packId,
              offer: candidate.offer,
              reasons: eligibility.eligible ? [] : eligibility.reasons,
            };
          })
          .sort(byOfferId),
      ];
      return heldBack;
    },
  };
}
