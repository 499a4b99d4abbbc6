import type { OfferEvent } from '../history/schema';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { OfferLimit, OfferRules } from './offer-rules';
import type { Suppression } from './selection';
import { upsetPhrasesIn } from './upset-phrases';

const DAY = 24 * 60 * 60 * 1000;

function quoted(items: readonly string[]): string {
  return items.map((item) => `“${item}”`).join(', ');
}

/**
 * Whether this ticket is no moment to sell, whoever the customer is: a complaint, an upset
 * customer, or a response standard already breached (answering comes first).
 */
export function ticketSuppression(
  ticket: TicketSnapshot,
  rules: OfferRules,
  breachedStandard: string | undefined,
): Suppression | undefined {
  const complaintTags = ticket.tags.filter((tag) => rules.complaintTags.includes(tag.toLowerCase()));
  if (complaintTags.length > 0) {
    return {
      rule: 'complaint',
      reason: `no offers on a complaint: the ticket is tagged ${quoted(complaintTags)}`,
    };
  }
  const upset = upsetPhrasesIn(ticket, rules.upsetPhrases);
  if (upset.length > 0) {
    return { rule: 'upset', reason: `no offers while the customer is upset: they wrote ${quoted(upset)}` };
  }
  if (breachedStandard !== undefined) {
    return {
      rule: 'breached-standard',
      reason: `no offers while the response standard “${breachedStandard}” is breached: answer first`,
    };
  }
  return undefined;
}

export const unknownCustomer: Suppression = {
  rule: 'unknown-customer',
  reason: 'no offers until the customer is identified: what they own is not known',
};

/** An offer counts as made once the agent put it to the customer: accepted or declined. */
function offersMade(events: readonly OfferEvent[], limit: OfferLimit, now: number): number {
  const since = now - limit.withinDays * DAY;
  return events.filter(
    (event) => (event.kind === 'accepted' || event.kind === 'declined') && event.at > since,
  ).length;
}

/**
 * Whether the customer has had enough offers lately. Only offers put to them count: a card the
 * agent saw and passed over, or marked not relevant, asked nothing of the customer.
 */
export function limitSuppression(
  customerEvents: readonly OfferEvent[],
  limits: readonly OfferLimit[],
  now: number,
): Suppression | undefined {
  for (const limit of limits) {
    const made = offersMade(customerEvents, limit, now);
    if (made >= limit.count) {
      const offers = made === 1 ? '1 offer' : `${made} offers`;
      return {
        rule: 'limit',
        reason: `no more offers for now: ${offers} made to this customer in the last ${limit.withinDays} days (limit ${limit.count})`,
      };
    }
  }
  return undefined;
}
