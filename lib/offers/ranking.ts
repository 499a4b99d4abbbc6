import { conditionHolds, explainConditions, type ConditionFacts } from '../conditions/evaluate';
import type { Condition } from '../conditions/schema';
import type { OfferEvent } from '../history/schema';
import { timeAgo } from '../history/time-ago';
import { acceptanceRate, acceptanceText, tallyOf, type OfferAcceptance, type OfferTally } from './acceptance';
import { heldReasons, isNegative } from './condition-text';
import { productNameIn } from './eligibility';
import type { OfferCandidate, OfferScore, RankedOffer } from './selection';

const DAY = 24 * 60 * 60 * 1000;

const POINTS_PER_TICKET_MATCH = 10;
const MAX_TICKET_MATCHES = 3;
const PRODUCT_FIT_POINTS = 15;
/** The acceptance rate moves a score this far either side of a new offer's. */
const ACCEPTANCE_SWING = 20;
/** Enough to drop an offer the agent just dismissed below any other that fits. */
const NOT_RELEVANT_HERE_PENALTY = -50;
/** "Not relevant" speaks for the conversation it was given in, which the last day stands for. */
const NOT_RELEVANT_HERE_WINDOW = DAY;

const ticketTextFields = new Set(['ticket.text', 'ticket.subject', 'ticket.tags']);

export interface RankingContext {
  facts: ConditionFacts;
  owned: ReadonlySet<string>;
  customerEvents: readonly OfferEvent[];
  acceptance: OfferAcceptance;
  now: number;
}

/**
 * An eligible offer with its score: cheap to build for every one (no list is made, as 500
 * offers a ticket change would leave the collector work to do), explained only if shown.
 */
export interface ScoredOffer {
  candidate: OfferCandidate;
  tally: OfferTally;
  dismissedAt?: number;
  score: OfferScore;
}

/** One decimal, so parts add up to the total shown without floating-point dust. */
function rounded(value: number): number {
  return Math.round(value * 10) / 10;
}

function notRelevantHereAt(offerId: string, context: RankingContext): number | undefined {
  let latest: number | undefined;
  for (const event of context.customerEvents) {
    const recent = context.now - event.at < NOT_RELEVANT_HERE_WINDOW;
    if (event.offerId === offerId && event.kind === 'not-relevant' && recent) {
      latest = Math.max(latest ?? event.at, event.at);
    }
  }
  return latest;
}

/**
 * The pack's weight is the base; fit to the ticket's words and to what the customer owns, and
 * how agents here have answered the offer, move it.
 */
export function scoreOffer(candidate: OfferCandidate, context: RankingContext): ScoredOffer {
  const { offer } = candidate;
  let ticketMatches = 0;
  let ownsRelated = false;
  for (const id of offer.requiresOwned ?? []) if (context.owned.has(id.toLowerCase())) ownsRelated = true;
  const count = (condition: Condition) => {
    if (isNegative(condition)) return;
    if (ticketTextFields.has(condition.field)) ticketMatches += 1;
    if (condition.field === 'customer.products') ownsRelated = true;
  };
  // The offer is eligible, so every `all` condition holds; of the `any`, those that do count.
  for (const condition of offer.when.all ?? []) count(condition);
  for (const condition of offer.when.any ?? [])
    if (conditionHolds(condition, context.facts)) count(condition);
  const tally = tallyOf(context.acceptance, offer.id);
  const dismissedAt = notRelevantHereAt(offer.id, context);
  const weight = offer.weight;
  const ticketFit = Math.min(ticketMatches, MAX_TICKET_MATCHES) * POINTS_PER_TICKET_MATCH;
  const productFit = ownsRelated ? PRODUCT_FIT_POINTS : 0;
  const acceptance = rounded((acceptanceRate(tally) - 0.5) * 2 * ACCEPTANCE_SWING);
  const notRelevantHere = dismissedAt === undefined ? 0 : NOT_RELEVANT_HERE_PENALTY;
  const total = rounded(weight + ticketFit + productFit + acceptance + notRelevantHere);
  return {
    candidate,
    tally,
    dismissedAt,
    score: { weight, ticketFit, productFit, acceptance, notRelevantHere, total },
  };
}

function dismissedText(scored: ScoredOffer, now: number): string | undefined {
  return scored.dismissedAt === undefined
    ? undefined
    : `marked not relevant for this customer ${timeAgo(scored.dismissedAt, now)}`;
}

/** What pulled a score down: few acceptances here, or "not relevant" for this customer. */
export function loweredBy(scored: ScoredOffer, now: number): string[] {
  const answers = scored.score.acceptance < 0 ? acceptanceText(scored.tally) : undefined;
  return [answers, dismissedText(scored, now)].filter((reason) => reason !== undefined);
}

/**
 * The reasons on a shown offer's card, in the order a card reads best: what they own, what they
 * lack, what the ticket says, then how agents here answered it.
 */
export function explainOffer(scored: ScoredOffer, context: RankingContext): RankedOffer {
  const { candidate, score } = scored;
  const name = productNameIn(candidate);
  const held = explainConditions(candidate.offer.when, context.facts).held;
  const matched = held.filter((condition) => !isNegative(condition));
  const ownedRequired = (candidate.offer.requiresOwned ?? []).filter((id) =>
    context.owned.has(id.toLowerCase()),
  );
  const products = matched.filter((condition) => condition.field === 'customer.products');
  const others = matched.filter((condition) => condition.field !== 'customer.products');
  const reasons = [
    ...ownedRequired.map((id) => `owns ${name(id)}`),
    ...heldReasons(products, context.facts, name),
    `no ${name(candidate.offer.product)} yet`,
    ...heldReasons(others, context.facts, name),
    // What pulled the score down is listed under `lowered`, not among the reasons to offer it.
    score.acceptance > 0 ? acceptanceText(scored.tally) : undefined,
  ].filter((reason) => reason !== undefined);
  return {
    packId: candidate.packId,
    offer: candidate.offer,
    score,
    reasons: [...new Set(reasons)],
    lowered: loweredBy(scored, context.now),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Best first; equal scores by offer id, then pack id, so the order never depends on input order. */
export function byRank(a: ScoredOffer, b: ScoredOffer): number {
  return (
    b.score.total - a.score.total ||
    compareText(a.candidate.offer.id, b.candidate.offer.id) ||
    compareText(a.candidate.packId, b.candidate.packId)
  );
}
