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

/** Why what the customer owns rules the offer out; undefined (and nothing made) when it doesn't. */
function ownershipReasons(candidate: OfferCandidate, owned: ReadonlySet<string>): HoldReason[] | undefined {
  const { offer } = candidate;
  const ownsProduct = owned.has(offer.product.toLowerCase());
  // Owning the offered product itself is "owns already", not an exclusion.
  const excluded = offer.excludeIfOwned !== undefined && excludingOwned(offer, owned).length > 0;
  const required = offer.requiresOwned ?? [];
  const lacksRequired = required.length > 0 && !ownsAny(required, owned);
  if (!ownsProduct && !excluded && !lacksRequired) return undefined;

  const name = productNameIn(candidate);
  const reasons: HoldReason[] = [];
  if (ownsProduct) reasons.push({ rule: 'owns-already', text: `owns ${name(offer.product)} already` });
  if (excluded) {
    const excluding = excludingOwned(offer, owned);
    reasons.push({
      rule: 'excluded-by-owned',
      text: `owns ${listed(excluding.map(name), 'and')}, which rules this offer out`,
    });
  }
  if (lacksRequired) reasons.push({ rule: 'requires', text: `needs ${listed(required.map(name), 'or')}` });
  return reasons;
}

/** The customer's latest "no" to this offer, while its cooldown runs. */
function cooldownReason(
  candidate: OfferCandidate,
  customerEvents: readonly OfferEvent[],
  now: number,
): HoldReason | undefined {
  const { id, cooldownDays } = candidate.offer;
  let declinedAt = -Infinity;
  for (const event of customerEvents) {
    if (event.offerId === id && event.kind === 'declined') declinedAt = Math.max(declinedAt, event.at);
  }
  if (!Number.isFinite(declinedAt) || declinedAt + cooldownDays * DAY <= now) return undefined;
  const days = cooldownDays === 1 ? '1 day' : `${cooldownDays} days`;
  return { rule: 'cooldown', text: `declined ${timeAgo(declinedAt, now)} (cooldown ${days})` };
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
  // Most offers fail on the ticket: the short-circuiting test allocates nothing, and which
  // conditions failed is worked out only if the agent opens the held-back list.
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
  const cooldown = cooldownReason(candidate, customerEvents, now);
  if (cooldown) reasons.push(cooldown);
  return reasons.length === 0
    ? { eligible: true, held: explainConditions(when, facts).held }
    : { eligible: false, reasons };
}
