import type { CustomerFacts } from '../conditions/evaluate';
import type { OfferEvent } from '../history/schema';
import type { Offer } from '../packs/offer-schema';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { OfferAcceptance } from './acceptance';
import type { OfferRules } from './offer-rules';

/** One offer of an installed pack. */
export interface OfferCandidate {
  packId: string;
  offer: Offer;
  /** Product names by id, from the offer's own pack, so reasons name "Router X2", not "router-x2". */
  catalogue: ReadonlyMap<string, string>;
}

export interface OfferCustomer extends CustomerFacts {
  /** The history store's customer id, which offer events are recorded under. */
  id: string;
}

export interface OfferInputs {
  ticket: TicketSnapshot;
  /** Undefined while the requester is not a known customer: no offer is made to a guess. */
  customer?: OfferCustomer;
  /** This customer's offer events (others' are ignored): cooldowns, the limit, "not relevant". */
  events: readonly OfferEvent[];
  /** Every customer's answers in this browser (`tallyOfferEvents`), for the acceptance rate. */
  acceptance: OfferAcceptance;
  /** The name of a response standard this ticket has breached, if any. */
  breachedStandard?: string;
  rules: OfferRules;
  /** Epoch ms. */
  now: number;
}

/** The parts of an offer's rank, each shown as a number so the order can be explained. */
export interface OfferScore {
  /** The pack's weight, 0–100. */
  weight: number;
  /** 10 for each condition on the ticket's text, subject or tags that holds, at most 30. */
  ticketFit: number;
  /** 15 when the customer owns a product the offer builds on. */
  productFit: number;
  /** −20 to +20 from the acceptance rate in this browser; 0 for an offer never shown. */
  acceptance: number;
  /** −50 when marked not relevant for this customer in the last day, else 0. */
  notRelevantHere: number;
  total: number;
}

export interface RankedOffer {
  packId: string;
  offer: Offer;
  score: OfferScore;
  /** Why it is shown, in the words on its card: "owns Router X2", "ticket mentions “weak”". */
  reasons: string[];
  /** The reasons that pulled its score down (few acceptances, marked not relevant), if any. */
  lowered: string[];
}

export type HoldRule =
  'owns-already' | 'excluded-by-owned' | 'requires' | 'conditions' | 'cooldown' | 'ranked-below';

export interface HoldReason {
  rule: HoldRule;
  text: string;
}

export interface HeldBackOffer {
  packId: string;
  offer: Offer;
  /** Why, the reason to show first first. */
  reasons: HoldReason[];
  /** For an eligible offer ranked below the top three: its score, to compare. */
  score?: OfferScore;
}

export type SuppressionRule = 'complaint' | 'upset' | 'breached-standard' | 'unknown-customer' | 'limit';

/** Why no offer is made on this ticket at all. */
export interface Suppression {
  rule: SuppressionRule;
  reason: string;
}

export interface OfferSelection {
  /** The best three, best first. */
  shown: RankedOffer[];
  /** Every other offer, with why; empty when the whole ticket is suppressed. */
  heldBack: HeldBackOffer[];
  /** `heldBack.length`, known without wording any reason. */
  heldBackCount: number;
  suppressed?: Suppression;
}
