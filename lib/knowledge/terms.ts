import { stopwords } from './stopwords';

const nonWord = /[^\p{L}\p{N}]+/u;
const word = /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*/gu;
const placeholder = /\{\{[^{}]*\}\}/g;

/**
 * The words one match of `word` stands for. A hyphenated word yields its joined form, so
 * "Wi-Fi" finds "wifi" and "e-mail" finds "email", and its parts of three letters or more
 * ("double-charge" finds "charge"; "wi" and "fi" alone would match noise).
 */
function wordsOf(found: string): string[] {
  if (!found.includes('-') && !found.includes('_')) return [found];
  const parts = found.split(/[-_]/);
  return [parts.join(''), ...parts.filter((part) => part.length >= 3)];
}

/** Splits text into words for the index and for queries. */
export function tokenize(text: string): string[] {
  return (text.match(word) ?? []).flatMap(wordsOf);
}

/**
 * The first `max` index terms of a text (repeats kept, as they weigh in the score), reading
 * no further than needed: a snippet's opening says what it is about, and a long body would
 * otherwise cost index time and match noise.
 */
export function leadingTerms(text: string, max: number): string[] {
  const terms: string[] = [];
  // Its own copy: `exec` keeps its place in `lastIndex`, and this loop may stop mid-text.
  const words = new RegExp(word.source, word.flags);
  for (let found = words.exec(text); found && terms.length < max; found = words.exec(text)) {
    for (const each of wordsOf(found[0])) {
      const term = processTerm(each);
      if (term !== null) terms.push(term);
    }
  }
  return terms.slice(0, max);
}

/** Tags and product ids as words: "router-x2" is "router x2", never one word "routerx2". */
export function labelWords(labels: readonly string[]): string {
  return labels.join(' ').replace(/[-_]/g, ' ');
}

const nonAscii = /[^\x00-\x7f]/;
/** Words seen before, so indexing 10,000 snippets folds each distinct word once (bounded, as packs come and go). */
const processed = new Map<string, string | null>();
const MAX_REMEMBERED = 100_000;

/**
 * Folds case and accents ("Kündigung" and "kundigung" meet), and drops one-letter words and
 * stopwords. Returns null for a dropped word, as MiniSearch expects.
 */
export function processTerm(word: string): string | null {
  const known = processed.get(word);
  if (known !== undefined) return known;
  const folded = nonAscii.test(word) ? word.normalize('NFKD').replace(/\p{M}/gu, '') : word;
  const term = folded.toLowerCase();
  const result = term.length < 2 || stopwords.has(term) ? null : term;
  if (processed.size >= MAX_REMEMBERED) processed.clear();
  processed.set(word, result);
  return result;
}

/** The distinct terms of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  const terms = tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
  return [...new Set(terms)];
}

/** A snippet body as it is searched: placeholders are not words the customer wrote. */
export function searchableBody(markdown: string): string {
  return markdown.replace(placeholder, ' ');
}

/** Tags and product ids compared as equals: "Router_X2", "router-x2" and "router x2" are one. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_-]+/g, '-');
}

/** Text reduced to lower-case words between single spaces, for finding a phrase such as a product name. */
export function wordsLine(text: string): string {
  const words = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(nonWord).filter(Boolean);
  return ` ${words.join(' ')} `;
}
