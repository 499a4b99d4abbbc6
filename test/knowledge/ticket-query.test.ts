import { expect, test } from 'vitest';

import { ticketQueryTerms } from '../../lib/knowledge/ticket-query';

/** How many snippets of the pack hold each word. */
const counts = (snippetsWith: Record<string, number>) => new Map(Object.entries(snippetsWith));

const weights = new Map([
  ['account', 1],
  ['refund', 2],
  ['duplicate', 1],
  ['xyzzy', 2],
]);

test('a small pack is searched with every word it holds, in the ticket order', () => {
  expect(ticketQueryTerms(weights, counts({ account: 30, refund: 9, duplicate: 2 }), 55)).toEqual([
    'account',
    'refund',
    'duplicate',
  ]);
});

test('a large pack leaves out the words too common to be worth their cost', () => {
  const snippetsWith = counts({ account: 9_000, refund: 1_600, duplicate: 400 });
  expect(ticketQueryTerms(weights, snippetsWith, 10_000)).toEqual(['refund', 'duplicate']);
});

test('keeps the most telling word even when it alone is common', () => {
  expect(ticketQueryTerms(new Map([['account', 1]]), counts({ account: 9_000 }), 10_000)).toEqual([
    'account',
  ]);
});
