import { expect, test } from 'vitest';

import { defaultOfferRules } from '../../lib/offers/offer-rules';
import { activePackContent } from '../../lib/packs/active-content';
import { packSchema } from '../../lib/packs/pack-schema';
import { makePackInput } from '../builders/pack';

const snippets = makePackInput().snippets as Record<string, unknown>[];
const billing = packSchema.parse(
  makePackInput({
    snippets: [
      snippets[0],
      { ...snippets[1], teams: ['billing-escalations'] },
      { ...snippets[1], id: 'retention-offer-script-en', title: 'Retention call script', teams: ['retention'] },
    ],
  }),
);
const outages = packSchema.parse(makePackInput({ id: 'outages', name: 'Outages', snippets: [] }));
const installed = {
  outages: { pack: outages, source: { kind: 'file' as const, fileName: 'outages.json' }, installedAt: 1 },
  [billing.id]: { pack: billing, source: { kind: 'file' as const, fileName: 'billing.json' }, installedAt: 1 },
};

test.each([
  ['an agent with no team sees only unscoped snippets', undefined, ['refund-timeline-en']],
  ['a billing-escalations agent also sees their team’s', 'billing-escalations', ['refund-timeline-en', 'duplicate-charge-en']],
  ['a retention agent sees theirs, not billing’s', 'retention', ['refund-timeline-en', 'retention-offer-script-en']],
])('%s', (_case, team, ids) => {
  const content = activePackContent(installed, team);
  expect(content.knowledge.flatMap((source) => source.snippets.map((snippet) => snippet.id))).toEqual(ids);
});

test('packs are joined by name, and the result is cached per installed value and team', () => {
  const content = activePackContent(installed, 'retention');
  expect(content.packCount).toBe(2);
  expect(content.knowledge.map((source) => source.snippets.length)).toEqual([2, 0]);
  expect(activePackContent(installed, 'retention')).toBe(content);
  expect(activePackContent(installed)).not.toBe(content);
});

test('offers come from every pack, packs by name, each naming products from its own catalogue', () => {
  const retention = packSchema.parse(
    makePackInput({
      id: 'retention',
      name: 'Retention',
      products: [{ id: 'fibre-500', name: 'Fibre 500 (retention price)' }],
      offers: [{ ...(makePackInput().offers as Record<string, unknown>[])[0], id: 'loyalty-fibre-500', when: {} }],
    }),
  );
  const content = activePackContent({ ...installed, retention: { ...installed.outages, pack: retention } });
  expect(content.offers.map(({ packId, offer, catalogue }) => [packId, offer.id, catalogue.get(offer.product)])).toEqual([
    ['northwind-billing', 'upgrade-fibre-500', 'Fibre 500'],
    ['outages', 'upgrade-fibre-500', 'Fibre 500'],
    ['retention', 'loyalty-fibre-500', 'Fibre 500 (retention price)'],
  ]);
  // For what a customer owns, one name per product: the first pack by name (Northwind Billing) wins.
  expect(content.productNames.get('fibre-500')).toBe('Fibre 500');
});

test('offer rules are joined across packs, with the defaults for what none sets', () => {
  expect(activePackContent(installed).offerRules).toEqual(defaultOfferRules);
  const strict = packSchema.parse(
    makePackInput({ id: 'strict', name: 'Strict', offerRules: { complaintTags: ['Refund'], maxOffersPerCustomer: { count: 1, withinDays: 14 } } }),
  );
  const rules = activePackContent({ ...installed, strict: { ...installed.outages, pack: strict } }).offerRules;
  expect(rules).toEqual({
    complaintTags: ['refund'],
    upsetPhrases: defaultOfferRules.upsetPhrases,
    limits: [{ count: 1, withinDays: 14 }],
  });
});

test('offers keep their identity between calls, like the rest of the content', () => {
  expect(activePackContent(installed, 'retention').offers).toBe(activePackContent(installed, 'retention').offers);
});
