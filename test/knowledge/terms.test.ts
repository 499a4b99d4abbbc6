import { describe, expect, test } from 'vitest';

import { generatePack } from '../../bench/knowledge-pack';
import { leadingTerms, processTerm, tokenize } from '../../lib/knowledge/terms';
import { loadDemoSnippets } from './demo-snippets';

/** What a word is, as the expression it was first written as; the scanner must agree with it. */
const wordSpecification = /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*/gu;

function specifiedWords(text: string): string[] {
  return (text.match(wordSpecification) ?? []).flatMap((found) => {
    if (!/[-_]/.test(found)) return [found];
    const parts = found.split(/[-_]/);
    return [parts.join(''), ...parts.filter((part) => part.length >= 3)];
  });
}

const awkward = [
  '',
  '   ',
  'Wi-Fi e-mail double-charge router_x2',
  'a--b -lead trail- _x_ x__y 2.4.1 10-20',
  'Kündigung zum 31.12. — Störung → bitte prüfen',
  'naïve café déjà vu', // precomposed
  'nai\u0308ve cafe\u0301', // combining marks split a word, as in the expression
  'Mathematical 𝒜𝒷𝒸 letters and 🙂 emoji 🙂🙂',
  '中文 字 テスト and Ελληνικά, русский',
  '١٢٣ Arabic-Indic digits, ½ and ² are numbers too',
  'lone \ud800 surrogate \udc00 halves',
  'tabs\tand\nnew\r\nlines',
];
const demo = loadDemoSnippets().flatMap((snippet) => [snippet.title, snippet.body]);
const generated = generatePack(300).map((snippet) => snippet.body);

describe('tokenize', () => {
  test.each(awkward.map((text) => [JSON.stringify(text), text]))(
    '%s: the words the expression finds',
    (_, text) => {
      expect(tokenize(text)).toEqual(specifiedWords(text));
    },
  );

  test('every demo title and body, and 300 generated bodies, split as the expression splits them', () => {
    for (const text of [...demo, ...generated]) expect(tokenize(text)).toEqual(specifiedWords(text));
  });
});

describe('leadingTerms', () => {
  const termsOf = (text: string) =>
    specifiedWords(text)
      .map(processTerm)
      .filter((term): term is string => term !== null);

  test("are the text's terms, cut at `max`, repeats kept", () => {
    for (const text of [...awkward, ...demo.slice(0, 20)]) {
      expect(leadingTerms(text, Infinity)).toEqual(termsOf(text));
      expect(leadingTerms(text, 5)).toEqual(termsOf(text).slice(0, 5));
    }
    expect(leadingTerms('Refund refund REFUND', Infinity)).toEqual(['refund', 'refund', 'refund']);
  });

  test('a hyphenated word at the cut gives only as many terms as fit', () => {
    expect(leadingTerms('router double-charge', 2)).toEqual(['router', 'doublecharge']);
  });
});
