import { expect, test } from 'vitest';

import { defaultOfferRules, mergeOfferRules } from '../../lib/offers/offer-rules';

test('with no rules in any pack, the defaults apply', () => {
  expect(mergeOfferRules([undefined, undefined])).toEqual(defaultOfferRules);
  expect(defaultOfferRules).toMatchObject({
    complaintTags: ['complaint'],
    limits: [{ count: 3, withinDays: 30 }],
  });
  expect(defaultOfferRules.upsetPhrases).toEqual(
    expect.arrayContaining(['furious', 'third time', 'ombudsman']),
  );
});

test('packs’ tags and phrases are joined, tags in lower case; a field no pack sets keeps its default', () => {
  const rules = mergeOfferRules([
    { complaintTags: ['Complaint', 'refund'], upsetPhrases: ['furious'] },
    undefined,
    { complaintTags: ['outage', 'refund'], upsetPhrases: ['verärgert'] },
  ]);
  expect(rules).toEqual({
    complaintTags: ['complaint', 'refund', 'outage'],
    upsetPhrases: ['furious', 'verärgert'],
    limits: defaultOfferRules.limits,
  });
});

test('an empty list is a choice, not a gap: no tag makes a complaint', () => {
  expect(mergeOfferRules([{ complaintTags: [] }]).complaintTags).toEqual([]);
});

test('every pack’s limit is kept', () => {
  expect(
    mergeOfferRules([
      { maxOffersPerCustomer: { count: 2, withinDays: 30 } },
      { maxOffersPerCustomer: { count: 1, withinDays: 7 } },
    ]).limits,
  ).toEqual([
    { count: 2, withinDays: 30 },
    { count: 1, withinDays: 7 },
  ]);
});
