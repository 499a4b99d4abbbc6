import { describe, expect, test } from 'vitest';

import { generatePack } from '../../bench/knowledge-pack';
import { knowledgeIndexFor } from '../../lib/knowledge/search-index';
import { termsOf } from '../../lib/knowledge/terms';
import { searchEveryWord, searchWords } from '../../lib/knowledge/typed-search';
import { loadDemoSnippets } from './demo-snippets';

const pack = generatePack().slice(0, 3000);
const index = knowledgeIndexFor(pack);
const summary = (results: { id: unknown; score: number; match: object }[]) =>
  results.map(({ id, score, match }) => `${String(id)} ${score} ${JSON.stringify(match)}`);

describe('searchEveryWord', () => {
  const queries = [
    'mesh extender setup',
    'cancel contract',
    'static ip port forwarding',
    'outage compensation',
    'password reset',
    'refnd invoce',
    'rout firmw',
    'wlan störung abend',
    'refund xyzzy',
  ];
  const accepts: Record<string, (position: number) => boolean> = {
    'English snippets': (position: number) => index.languages[position] === 'en',
    'German snippets': (position: number) => index.languages[position] === 'de',
    'every snippet': () => true,
  };

  test.each(queries.flatMap((query) => Object.keys(accepts).map((among) => [query, among] as const)))(
    '"%s" among %s: the same snippets, scores and matches as MiniSearch\'s own AND query',
    (query, among) => {
      const accept = accepts[among]!;
      const terms = termsOf(query);
      expect(summary(searchEveryWord(index, terms, accept))).toEqual(
        summary(searchWords(index, terms, 'AND', accept)),
      );
    },
  );

  test('the comparison is not empty: most of these queries match snippets', () => {
    const matched = queries.filter((query) => searchEveryWord(index, termsOf(query), () => true).length > 0);
    expect(matched.length).toBeGreaterThanOrEqual(6);
  });
});

describe('how a typed word matches', () => {
  const all = () => true;
  const matchedWords = (query: string) =>
    new Set(searchWords(index, [query], 'AND', all).flatMap((result) => Object.keys(result.match)));

  test('a six-letter word allows one typo, not two: "cancel" never reaches "parcel" or "channel"', () => {
    expect(index.snippetsWith.get('parcel')).toBeGreaterThan(0);
    expect(index.snippetsWith.get('channel')).toBeGreaterThan(0);
    const words = matchedWords('cancel');
    expect(words).toContain('cancel');
    expect(words).not.toContain('parcel');
    expect(words).not.toContain('channel');
  });

  test('a word of eight letters or more allows two typos', () => {
    expect(matchedWords('compnsaton')).toContain('compensation');
  });

  test('a product id is matched whole or with a typo, never as a prefix', () => {
    const [template] = loadDemoSnippets();
    const firmware = knowledgeIndexFor([
      {
        ...template!,
        id: 'firmware-update-en',
        title: 'Installing a firmware update',
        category: 'Devices',
        tags: ['firmware'],
        products: ['router-x2'],
        body: 'Open the admin page and choose Update.',
      },
    ]);
    const found = (query: string) =>
      searchWords(firmware, termsOf(query), 'AND', all).map((result) => result.match);
    expect(found('rout')).toEqual([]);
    expect(found('router')).toEqual([{ router: ['products'] }]);
    expect(found('routr')).toEqual([{ router: ['products'] }]);
    expect(found('firmw')).toEqual([{ firmware: ['title', 'tags'] }]);
  });
});
