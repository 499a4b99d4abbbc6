import { explainConditions, type ConditionFacts } from '../conditions/evaluate';
import type { Condition } from '../conditions/schema';
import type { OfferEvent } from '../history/schema';
import { timeAgo } from '../history/time-ago';
import { failedReasons, listed, type ProductName } from './condition-text';
import type { HoldReason, OfferCandidate, OfferCustomer } from './selection';

const DAY = 24 * 60 * 60 * 1000;

export type Eligibility = { eligible: true; held: Condition[] } | { eligible: false; reasons: HoldReason[] };

export function productNameIn(candidate: OfferCandidate): ProductName {
  return (id) => candidate.catalogue.get(id) ?? id;
}

/** Product ids compare without case, as conditions compare them. */
export function ownedSet(customer: OfferCustomer): ReadonlySet<string> {
  return new Set(customer.products.map((id) => id.toLowerCase()));
}

function ownershipReasons(candidate: OfferCandidate, owned: ReadonlySet<string>): HoldReason[] {
  const { offer } = candidate;
  const name = productNameIn(candidate);
  const reasons: HoldReason[] = [];
  if (owned.has(offer.product.toLowerCase())) {
    reasons.push({ rule: 'owns-already', text: `owns ${name(offer.product)} already` });
  }
  const excluding = (offer.excludeIfOwned ?? []).filter(
    (id) => id.toLowerCase() !== offer.product.toLowerCase() && owned.has(id.toLowerCase()),
  );
  if (excluding.length > 0) {
    reasons.push({
      rule: 'excluded-by-owned',
      text: `owns ${listed(excluding.map(name), 'and')}, which rules this offer out`,
    });
  }
  const required = offer.requiresOwned ?? [];
  if (required.length > 0 && !required.some((id) => owned.has(id.toLowerCase()))) {
    reasons.push({ rule: 'requires', text: `needs ${listed(required.map(name), 'or')}` });
  }
  return reasons;
}

/** The customer's latest "no" to this offer, while its cooldown runs. */
function cooldownReason(
  candidate: OfferCandidate,
  customerEvents: readonly OfferEvent[],
  now: number,
): HoldReason | undefined {
  const { id, cooldownDays } = candidate.offer;
  const declinedAt = customerEvents
    .filter((event) => event.offerId === id && event.kind === 'declined')
    .reduce((latest, event) => Math.max(latest, event.at), -Infinity);
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
  const reasons = ownershipReasons(candidate, owned);
  if (reasons.length > 0) return { eligible: false, reasons };
  const { when } = candidate.offer;
  const conditions = explainConditions(when, facts);
  if (!conditions.holds) {
    const { failed } = conditions;
    reasons.push({
      rule: 'conditions',
      // Worded only when read: most held-back offers are never looked at ("on demand").
      get text() {
        const details = failedReasons(failed, when.any ?? [], facts, productNameIn(candidate));
        return `conditions don't match this ticket: ${details.join('; ')}`;
      },
    });
  }
  const cooldown = cooldownReason(candidate, customerEvents, now);
  if (cooldown) reasons.push(cooldown);
  return reasons.length === 0 ? { eligible: true, held: conditions.held } : { eligible: false, reasons };
}
