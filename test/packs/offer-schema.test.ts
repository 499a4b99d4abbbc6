// @vitest-environment node
import { describe, expect, test } from 'vitest';

import { formatPackError, parsePack } from '../../lib/packs/parse';
import { makePackInput } from '../builders/pack';

/** The builder pack's Fibre 500 upgrade, changed by one team lead's mistake. */
function withOffer(change: Record<string, unknown>): Record<string, unknown> {
  const [offer] = makePackInput().offers as Record<string, unknown>[];
  return makePackInput({ offers: [{ ...offer, ...change }] });
}

function errorsOf(input: Record<string, unknown>): string[] {
  const result = parsePack(input);
  return result.ok ? [] : result.errors.map(formatPackError);
}

const condition = (field: string, op: string, value: unknown) => ({ all: [{ field, op, value }] });

describe('an offer is refused when it refers to', () => {
  test.each([
    {
      mistake: 'a field conditions do not know',
      change: { when: condition('customer.plan', 'is', 'fibre-100') },
      expected: [
        'offers[0].when.all[0].field: unknown field "customer.plan"; known fields: ticket.helpdesk, ticket.channel, ticket.priority, ticket.status, ticket.tags, ticket.subject, ticket.text, requester.name, requester.email, requester.phone, customer.products, customer.recentContacts',
      ],
    },
    {
      mistake: 'a misspelt offer field',
      change: { requiresOwnd: ['fibre-100'] },
      expected: ['offers[0].requiresOwnd: unknown field; did you mean "requiresOwned"?'],
    },
    {
      mistake: 'a product to sell that is not in the catalogue',
      change: { product: 'fibre-900' },
      expected: ['offers[0].product: unknown product "fibre-900"; add it to products'],
    },
    {
      mistake: 'an unknown product it requires',
      change: { requiresOwned: ['fibre-100', 'router-x2'] },
      expected: ['offers[0].requiresOwned[1]: unknown product "router-x2"; add it to products'],
    },
    {
      mistake: 'an unknown product that rules it out',
      change: { excludeIfOwned: ['fibre-1000'] },
      expected: ['offers[0].excludeIfOwned[0]: unknown product "fibre-1000"; add it to products'],
    },
    {
      mistake: 'an unknown product in a customer.products condition',
      change: {
        when: {
          all: [{ field: 'ticket.tags', op: 'excludes', value: 'complaint' }],
          any: [{ field: 'customer.products', op: 'includes', value: ['fibre-100', 'fibre100'] }],
        },
      },
      expected: ['offers[0].when.any[0].value: unknown product "fibre100"; add it to products'],
    },
    {
      mistake: 'an operator its field does not take',
      change: { when: condition('customer.products', 'contains', 'fibre') },
      expected: [
        'offers[0].when.all[0].op: "contains" does not apply to customer.products (list); use one of includes, excludes',
      ],
    },
    {
      mistake: 'a weight above 100',
      change: { weight: 150 },
      expected: ['offers[0].weight: must be at most 100, got 150'],
    },
  ])('$mistake', ({ change, expected }) => {
    expect(errorsOf(withOffer(change))).toEqual(expected);
  });
});

describe('offerRules', () => {
  test('is optional, and kept as written when given', () => {
    const offerRules = {
      complaintTags: ['complaint', 'refund'],
      upsetPhrases: ['furious', 'third time'],
      maxOffersPerCustomer: { count: 2, withinDays: 30 },
    };
    const withRules = parsePack(makePackInput({ offerRules }));
    expect(withRules.ok && withRules.pack.offerRules).toEqual(offerRules);
    const without = parsePack(makePackInput());
    expect(without.ok && without.pack.offerRules).toBeUndefined();
  });

  test.each([
    {
      mistake: 'a misspelt field',
      offerRules: { complaintTag: ['complaint'] },
      expected: ['offerRules.complaintTag: unknown field; did you mean "complaintTags"?'],
    },
    {
      mistake: 'one tag written as text instead of a list',
      offerRules: { complaintTags: 'complaint' },
      expected: ['offerRules.complaintTags: expected a list, got "complaint"'],
    },
    {
      mistake: 'a phrase with nothing to match',
      offerRules: { upsetPhrases: ['furious', '!!!'] },
      expected: ['offerRules.upsetPhrases[1]: "!!!" has no letter or digit to match'],
    },
    {
      mistake: 'an empty phrase',
      offerRules: { upsetPhrases: [''] },
      expected: ['offerRules.upsetPhrases[0]: must not be empty'],
    },
    {
      mistake: 'a limit of no offers at all',
      offerRules: { maxOffersPerCustomer: { count: 0, withinDays: 30 } },
      expected: ['offerRules.maxOffersPerCustomer.count: must be at least 1, got 0'],
    },
    {
      mistake: 'a limit without its period',
      offerRules: { maxOffersPerCustomer: { count: 3 } },
      expected: ['offerRules.maxOffersPerCustomer.withinDays: missing; this field is required'],
    },
    {
      mistake: 'a period in weeks',
      offerRules: { maxOffersPerCustomer: { count: 3, withinDays: 4.5 } },
      expected: ['offerRules.maxOffersPerCustomer.withinDays: expected a whole number, got 4.5'],
    },
  ])('refuses $mistake', ({ offerRules, expected }) => {
    expect(errorsOf(makePackInput({ offerRules }))).toEqual(expected);
  });
});
