import type { OfferRulesSection } from '../packs/offer-schema';

/** At most `count` offers made to one customer within `withinDays`. */
export interface OfferLimit {
  count: number;
  withinDays: number;
}

/** When no offer is made at all, joined from every installed pack's `offerRules`. */
export interface OfferRules {
  /** Lower case. */
  complaintTags: readonly string[];
  upsetPhrases: readonly string[];
  /** Every pack's limit applies: a customer at any of them gets no offer. */
  limits: readonly OfferLimit[];
}

/**
 * What a field no installed pack sets comes to. The phrases are English, as the demo team's
 * customers write; a pack for other languages lists its own. They are deliberately words of
 * anger, threats to leave and repeat contact, not of faults: "weak", "slow" and "broken" describe
 * the very problems an offer can solve, so a general sentiment lexicon (which scores them
 * negative) would hide the offers that fit best.
 */
export const defaultOfferRules: OfferRules = {
  complaintTags: ['complaint'],
  upsetPhrases: [
    'angry',
    'annoyed',
    'appalled',
    'appalling',
    'cancel my',
    'complain',
    'complaint',
    'disgraceful',
    'disgusted',
    'fed up',
    'fifth time',
    'fourth time',
    'fuming',
    'furious',
    'had enough',
    'lawyer',
    'livid',
    'never again',
    'ombudsman',
    'outraged',
    'pathetic',
    'ridiculous',
    'rip-off',
    'ripped off',
    'sick and tired',
    'sick of',
    'solicitor',
    'still not fixed',
    'third time',
    'trading standards',
    'unacceptable',
    'upset',
    'useless',
    'waste of time',
    'worst',
  ],
  limits: [{ count: 3, withinDays: 30 }],
};

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * The rules of several packs together: the union of their tags and phrases, and each pack's
 * limit. A field that no pack sets takes its default, so one pack's deliberately short phrase
 * list is not lengthened by a pack that says nothing about phrases.
 */
export function mergeOfferRules(sections: readonly (OfferRulesSection | undefined)[]): OfferRules {
  const given = sections.filter((section) => section !== undefined);
  const tags = given.flatMap((section) => section.complaintTags ?? []);
  const phrases = given.flatMap((section) => section.upsetPhrases ?? []);
  const limits = given.flatMap((section) => section.maxOffersPerCustomer ?? []);
  const sets = (field: keyof OfferRulesSection) => given.some((section) => section[field] !== undefined);
  return {
    complaintTags: sets('complaintTags')
      ? unique(tags.map((tag) => tag.toLowerCase()))
      : defaultOfferRules.complaintTags,
    upsetPhrases: sets('upsetPhrases') ? unique(phrases) : defaultOfferRules.upsetPhrases,
    limits: sets('maxOffersPerCustomer') ? limits : defaultOfferRules.limits,
  };
}
