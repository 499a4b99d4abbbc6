import { stopwords } from './stopwords';

const nonWord = /[^\p{L}\p{N}]+/u;
const nonAscii = /[^\x00-\x7f]/;
const word = /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*/gu;
/**
 * The same words in text that is all ASCII, where letters and digits are exactly `[A-Za-z0-9]`:
 * most packs are English, and the Unicode-aware expression costs about twice as much to run over
 * 10,000 snippets (bench/knowledge.ts).
 */
const asciiWord = /[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*/g;
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

/** The expression that finds the words of `text`. */
function wordPattern(text: string): RegExp {
  return nonAscii.test(text) ? word : asciiWord;
}

/** Splits text into words for the index and for queries. */
export function tokenize(text: string): string[] {
  return (text.match(wordPattern(text)) ?? []).flatMap(wordsOf);
}

/**
 * The first `max` index terms of a text (repeats kept, as they weigh in the score), reading
 * no further than needed: a snippet's opening says what it is about, and a long body would
 * otherwise cost index time and match noise.
 */
export function leadingTerms(text: string, max: number): string[] {
  const terms: string[] = [];
  // Its own copy: `exec` keeps its place in `lastIndex`, and this loop may stop mid-text.
  const pattern = wordPattern(text);
  const words = new RegExp(pattern.source, pattern.flags);
  for (let found = words.exec(text); found && terms.length < max; found = words.exec(text)) {
    const [match] = found;
    if (match.includes('-') || match.includes('_')) {
      for (const each of wordsOf(match)) {
        const term = processTerm(each);
        if (term !== null) terms.push(term);
      }
    } else {
      // A plain word is its own only word: no list is made for it.
      const term = processTerm(match);
      if (term !== null) terms.push(term);
    }
  }
  return terms.length > max ? terms.slice(0, max) : terms;
}

/** Tags and product ids as words: "router-x2" is "router x2", never one word "routerx2". */
export function labelWords(labels: readonly string[]): string {
  return labels.join(' ').replace(/[-_]/g, ' ');
}

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
