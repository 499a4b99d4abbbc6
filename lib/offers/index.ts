export {
  acceptanceRate,
  acceptanceText,
  tallyOfferEvents,
  type OfferAcceptance,
  type OfferTally,
} from './acceptance';
export { defaultOfferRules, mergeOfferRules, type OfferLimit, type OfferRules } from './offer-rules';
export { selectOffers, SHOWN_OFFERS } from './select-offers';
export type {
  HeldBackOffer,
  HoldReason,
  HoldRule,
  OfferCandidate,
  OfferCustomer,
  OfferInputs,
  OfferScore,
  OfferSelection,
  RankedOffer,
  Suppression,
  SuppressionRule,
} from './selection';
export { upsetPhrasesIn } from './upset-phrases';
