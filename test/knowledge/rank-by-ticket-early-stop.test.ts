import { expect, test } from 'vitest';

import { generatePack } from '../../bench/knowledge-pack';
import { rankSnippets } from '../../lib/knowledge/index';
import type { Snippet } from '../../lib/packs/snippet-schema';
import { loadLabelledTickets, ticketOf } from './relevance';

/**
 * Ranking stops reading the search once no later snippet can reach the last place shown; the
 * bound on the bonus must never cut off one that would have. Asking for a few must give the
 * same snippets as the top few of asking for every one.
 */
const pack = generatePack().slice(0, 3000);
const top = (ranked: { snippet: Snippet; score: number }[]) =>
  ranked.map(({ snippet, score }) => `${snippet.id} ${score.toFixed(6)}`);

test.each(
  loadLabelledTickets()
    .slice(0, 12)
    .map((labelled) => [labelled.subject, labelled] as const),
)('%s: the first five are the first five of the full ranking', (_subject, labelled) => {
  const ticket = ticketOf(labelled);
  const few = rankSnippets(pack, ticket, { locale: labelled.locale, limit: 5 });
  const all = rankSnippets(pack, ticket, { locale: labelled.locale, limit: 10_000 });
  expect(top(few)).toEqual(top(all).slice(0, 5));
});

test('a snippet that lists a tag twice shares it once, so it scores as if listed once', () => {
  const [first] = generatePack().slice(0, 1);
  const labelled = loadLabelledTickets()[0]!;
  const ticket = { ...ticketOf(labelled), tags: ['billing'] };
  const once = { ...first!, id: 'once', tags: ['billing'] };
  const twice = { ...first!, id: 'twice', tags: ['billing', 'billing'] };
  const [a, b] = [once, twice].map(
    (snippet) => rankSnippets([snippet], ticket, { locale: snippet.locale })[0],
  );
  expect(b?.score).toBeCloseTo(a!.score, 9);
  expect(b?.reasons).toEqual(a?.reasons);
});
