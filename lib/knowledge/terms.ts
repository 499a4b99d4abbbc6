import { stopwords } from './stopwords';

const nonWord = /[^\p{L}\p{N}]+/u;
const nonAscii = /[^\x00-\x7f]/;
const letterOrNumber = /^[\p{L}\p{N}]$/u;
const placeholder = /\{\{[^{}]*\}\}/g;
const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;

/**
 * How many UTF-16 units the letter or number at `at` takes (2 beyond the Basic Multilingual
 * Plane), or 0 if there is none. ASCII is told from its code: the Unicode-aware expression costs
 * far more, and even a German or typographically dashed text is mostly ASCII.
 */
function letterOrNumberAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
      ? 1
      : 0;
  const character = String.fromCodePoint(text.codePointAt(at)!);
  return letterOrNumber.test(character) ? character.length : 0;
}

/**
 * The words of a text in order: runs of letters and numbers, joined by single hyphens or
 * underscores ("Wi-Fi", "router_x2"): what `[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*` finds
 * (test/knowledge/terms.test.ts holds them to it). Read a character at a time, so a caller can
 * stop early and nothing beyond is read: the openings of 10,000 snippet bodies, most with an
 * umlaut or a dash somewhere, are read in about half the time the expression took.
 */
class WordScanner {
  private at = 0;
  /** The word last found, and whether it joins parts with a hyphen or underscore. */
  word = '';
  joined = false;

  constructor(private readonly text: string) {}

  next(): boolean {
    const { text } = this;
    let step = letterOrNumberAt(text, this.at);
    while (step === 0) {
      if (this.at >= text.length) return false;
      this.at += 1;
      step = letterOrNumberAt(text, this.at);
    }
    const start = this.at;
    this.joined = false;
    for (;;) {
      while (step > 0) {
        this.at += step;
        step = letterOrNumberAt(text, this.at);
      }
      const code = text.charCodeAt(this.at);
      if ((code !== HYPHEN && code !== UNDERSCORE) || letterOrNumberAt(text, this.at + 1) === 0) break;
      this.joined = true;
      this.at += 1;
      step = letterOrNumberAt(text, this.at);
    }
    this.word = text.slice(start, this.at);
    return true;
  }
}

/**
 * The words one scanned word stands for. A hyphenated word yields its joined form, so "Wi-Fi"
 * finds "wifi" and "e-mail" finds "email", and its parts of three letters or more
 * ("double-charge" finds "charge"; "wi" and "fi" alone would match noise).
 */
function wordsOf(found: string, joined: boolean): string[] {
  if (!joined) return [found];
  const parts = found.split(/[-_]/);
  return [parts.join(''), ...parts.filter((part) => part.length >= 3)];
}

/** Splits text into words for the index and for queries. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  const scanner = new WordScanner(text);
  while (scanner.next()) words.push(...wordsOf(scanner.word, scanner.joined));
  return words;
}

/**
 * The first `max` index terms of a text (repeats kept, as they weigh in the score), reading
 * no further than needed: a snippet's opening says what it is about, and a long body would
 * otherwise cost index time and match noise.
 */
export function leadingTerms(text: string, max: number): string[] {
  const terms: string[] = [];
  const scanner = new WordScanner(text);
  while (terms.length < max && scanner.next()) {
    if (scanner.joined) {
      for (const each of wordsOf(scanner.word, true)) {
        const term = processTerm(each);
        if (term !== null) terms.push(term);
      }
    } else {
      // A plain word is its own only word: no list is made for it.
      const term = processTerm(scanner.word);
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
