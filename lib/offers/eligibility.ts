import { evaluateConditions, explainConditions, type ConditionFacts } from '../conditions/evaluate';
import type { Condition } from '../conditions/schema';
import type { OfferEvent } from '../history/schema';
import { timeAgo } from '../history/time-ago';
import { failedReasons, listed, type ProductName } from './condition-text';
import type { HoldReason, OfferCandidate, OfferCustomer } from './selection';
import type { Offer } from '../packs/offer-schema';

const DAY = 24 * 60 * 60 * 1000;

export type Eligibility = { eligible: true; held: Condition[] } | { eligible: false; reasons: HoldReason[] };

export function productNameIn(candidate: OfferCandidate): ProductName {
  return (id) => candidate.catalogue.get(id) ?? id;
}

/** Product ids compare without case, as conditions compare them. */
export function ownedSet(customer: OfferCustomer): ReadonlySet<string> {
  return new Set(customer.products.map((id) => id.toLowerCase()));
}

/** The products the customer owns, other than the offer's own, that rule the offer out. */
function excludingOwned(offer: Offer, owned: ReadonlySet<string>): string[] {
  const product = offer.product.toLowerCase();
  return (offer.excludeIfOwned ?? []).filter(
    (id) => id.toLowerCase() !== product && owned.has(id.toLowerCase()),
  );
}

function ownsAny(ids: readonly string[], owned: ReadonlySet<string>): boolean {
  for (const id of ids) if (owned.has(id.toLowerCase())) return true;
  return false;
}

function ownsProduct(offer: Offer, owned: ReadonlySet<string>): boolean {
  return owned.has(offer.product.toLowerCase());
}

/** Owning the offered product itself is "owns already", not an exclusion. */
function isExcludedByOwned(offer: Offer, owned: ReadonlySet<string>): boolean {
  const product = offer.product.toLowerCase();
  return (offer.excludeIfOwned ?? []).some(
    (id) => id.toLowerCase() !== product && owned.has(id.toLowerCase()),
  );
}

function lacksRequired(offer: Offer, owned: ReadonlySet<string>): boolean {
  const required = offer.requiresOwned ?? [];
  return required.length > 0 && !ownsAny(required, owned);
}

/** Why what the customer owns rules the offer out; undefined (and nothing made) when it doesn't. */
function ownershipReasons(candidate: OfferCandidate, owned: ReadonlySet<string>): HoldReason[] | undefined {
  const { offer } = candidate;
  const owns = ownsProduct(offer, owned);
  const excluded = isExcludedByOwned(offer, owned);
  const lacks = lacksRequired(offer, owned);
  if (!owns && !excluded && !lacks) return undefined;
  const name = productNameIn(candidate);
  const reasons: HoldReason[] = [];
  if (owns) reasons.push({ rule: 'owns-already', text: `owns ${name(offer.product)} already` });
  if (excluded) {
    const excluding = excludingOwned(offer, owned).map(name);
    reasons.push({
      rule: 'excluded-by-owned',
      text: `owns ${listed(excluding, 'and')}, which rules this offer out`,
    });
  }
  if (lacks) {
    const required = (offer.requiresOwned ?? []).map(name);
    reasons.push({ rule: 'requires', text: `needs ${listed(required, 'or')}` });
  }
  return reasons;
}

/** When the customer last declined this offer, if its cooldown still runs. */
function declinedInCooldown(
  candidate: OfferCandidate,
  customerEvents: readonly OfferEvent[],
  now: number,
): number | undefined {
  const { id, cooldownDays } = candidate.offer;
  let declinedAt = -Infinity;
  for (const event of customerEvents) {
    if (event.offerId === id && event.kind === 'declined') declinedAt = Math.max(declinedAt, event.at);
  }
  return Number.isFinite(declinedAt) && declinedAt + cooldownDays * DAY > now ? declinedAt : undefined;
}

function cooldownReason(candidate: OfferCandidate, declinedAt: number, now: number): HoldReason {
  const { cooldownDays } = candidate.offer;
  const days = cooldownDays === 1 ? '1 day' : `${cooldownDays} days`;
  return { rule: 'cooldown', text: `declined ${timeAgo(declinedAt, now)} (cooldown ${days})` };
}

/**
 * `eligibilityOf(...).eligible`, making nothing: a ticket change tests every offer of every pack,
 * and the reasons of those held back are worded only if the agent asks why.
 */
export function isEligible(
  candidate: OfferCandidate,
  facts: ConditionFacts & { customer: OfferCustomer },
  owned: ReadonlySet<string>,
  customerEvents: readonly OfferEvent[],
  now: number,
): boolean {
  const { offer } = candidate;
  return (
    !ownsProduct(offer, owned) &&
    !isExcludedByOwned(offer, owned) &&
    !lacksRequired(offer, owned) &&
    evaluateConditions(offer.when, facts) &&
    declinedInCooldown(candidate, customerEvents, now) === undefined
  );
}

/**
 * Whether an offer may be made to this customer on this ticket: they own what it requires,
 * nothing that rules it out and not the product itself, its conditions hold, and they have not
 * declined it within its cooldown. What the customer owns is settled first: an offer for the
 * wrong customer is held back for that alone, without testing its conditions on the ticket's text.
 */
export function eligibilityOf(
  candidate: OfferCandidate,
  facts: ConditionFacts & { customer: OfferCustomer },
  owned: ReadonlySet<string>,
  customerEvents: readonly OfferEvent[],
  now: number,
): Eligibility {
  const owning = ownershipReasons(candidate, owned);
  if (owning) return { eligible: false, reasons: owning };
  const reasons: HoldReason[] = [];
  const { when } = candidate.offer;
  // Which conditions failed is worked out only when the reason is read.
  const holds = evaluateConditions(when, facts);
  if (!holds) {
    reasons.push({
      rule: 'conditions',
      get text() {
        const { failed } = explainConditions(when, facts);
        const details = failedReasons(failed, when.any ?? [], facts, productNameIn(candidate));
        return `conditions don't match this ticket: ${details.join('; ')}`;
      },
    });
  }
  const declinedAt = declinedInCooldown(candidate, customerEvents, now);
  if (declinedAt !== undefined) reasons.push(cooldownReason(candidate, declinedAt, now));
  return reasons.length === 0
    ? { eligible: true, held: explainConditions(when, facts).held }
    : { eligible: false, reasons };
}
