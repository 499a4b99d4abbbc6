import { isStructuralAttribute } from './structural-attributes';

/**
 * Every word the page shows or carries as text, for redaction to test attribute values and
 * names against: the text content, the title, input values and every attribute value the report
 * does not keep (titles, labels, alt texts, placeholders, links, data-* values). Kept as word
 * fragments so "is this token page text?" is one set look-up, not a scan of a page that may run
 * to megabytes.
 */
export interface PageCorpus {
  /** A run of 3 or more letters or digits found inside a page word, or a whole page word (lower case). */
  hasFragment(token: string): boolean;
  /** A whole page word (lower case). */
  hasWord(word: string): boolean;
}

/** Words longer than this (URLs, hashes, base64) are matched whole, not by fragment. */
const MAX_FRAGMENTED_WORD = 30;
/** Past this many fragments (a page of odd long words), further words are matched whole only. */
const MAX_FRAGMENTS = 2_000_000;
const MIN_FRAGMENT = 3;
/** Reading more than this much text adds nothing but time; the rest of a huge page is cut. */
const MAX_TEXT = 8_000_000;
const codeElements = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Alphanumeric runs, and the camelCase parts within them ("QuorvaneBadge" → quorvanebadge, quorvane, badge). */
export function wordsIn(text: string): string[] {
  const words: string[] = [];
  for (const run of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    words.push(run.toLowerCase());
    const parts = run.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u);
    if (parts.length > 1) for (const part of parts) words.push(part.toLowerCase());
  }
  return words;
}

/** The text of `doc`: its text nodes (not scripts or styles), its title, attribute values outside the allow-list and live input values. */
export function pageTextOf(doc: Document): string {
  const pieces: string[] = [doc.title];
  let length = doc.title.length;
  const add = (text: string) => {
    if (length > MAX_TEXT || !text) return;
    pieces.push(text);
    length += text.length;
  };
  const root = doc.documentElement;
  if (!root) return doc.title;
  const texts = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = texts.nextNode(); node && length <= MAX_TEXT; node = texts.nextNode()) {
    if (!codeElements.has(node.parentElement?.tagName ?? '')) add(node.nodeValue ?? '');
  }
  for (const element of root.getElementsByTagName('*')) {
    if (length > MAX_TEXT) break;
    for (const attribute of element.attributes) {
      if (attribute.name !== 'id' && attribute.name !== 'class' && !isStructuralAttribute(attribute.name)) {
        add(attribute.value);
      }
    }
    const live = (element as Partial<HTMLInputElement>).value;
    if (typeof live === 'string') add(live);
  }
  return pieces.join('\n');
}

export function corpusOf(text: string): PageCorpus {
  const words = new Set(wordsIn(text));
  const fragments = new Set<string>();
  for (const word of words) {
    if (word.length > MAX_FRAGMENTED_WORD || fragments.size > MAX_FRAGMENTS) continue;
    for (let start = 0; start + MIN_FRAGMENT <= word.length; start++) {
      for (let end = start + MIN_FRAGMENT; end <= word.length; end++) fragments.add(word.slice(start, end));
    }
  }
  return {
    hasFragment: (token) => fragments.has(token) || words.has(token),
    hasWord: (word) => words.has(word),
  };
}
