import type { Snippet } from '../packs/snippet-schema';
import { labelWords, leadingTerms, searchableBody } from './terms';

/**
 * How many terms of a snippet's body are indexed: its opening two or three sentences, which say
 * what it is about (the title, tags, category and products are indexed whole). The demo pack's
 * bodies hold 25 to 73 terms (median 46). Every term indexed is one more entry to add and to
 * score at each search: at 25 rather than 40, the bench pack's 10,000 snippets give 411,000
 * entries instead of 561,000 (30 gave 461,000). Both labelled sets are at their best there: all
 * 44 tickets find their snippet in the top three, and all 58 typed queries (at 30, "outage"
 * alone missed). At 20 one ticket misses (bench/knowledge.ts, test/knowledge/relevance.test.ts).
 */
export const MAX_BODY_TERMS = 25;

/**
 * A snippet as the index sees it, each field already reduced to its terms, so the text is read
 * once. `id` is its position in the snippet array, unique even across packs.
 */
export interface IndexedSnippet {
  id: number;
  title: readonly string[];
  tags: readonly string[];
  category: readonly string[];
  products: readonly string[];
  body: readonly string[];
}

export type SnippetField = Exclude<keyof IndexedSnippet, 'id'>;

/** The terms of one tag or product id; packs reuse a few hundred of them across thousands of snippets. */
const labelTerms = new Map<string, string[]>();
const MAX_REMEMBERED_LABELS = 10_000;

function termsOfLabel(label: string): string[] {
  let terms = labelTerms.get(label);
  if (!terms) {
    terms = leadingTerms(labelWords([label]), Infinity);
    if (labelTerms.size >= MAX_REMEMBERED_LABELS) labelTerms.clear();
    labelTerms.set(label, terms);
  }
  return terms;
}

/** A snippet's terms by field: everything but the body whole, the body's opening. */
export function snippetTerms(snippet: Snippet): Record<SnippetField, string[]> {
  return {
    title: leadingTerms(snippet.title, Infinity),
    tags: snippet.tags.flatMap(termsOfLabel),
    category: leadingTerms(snippet.category, Infinity),
    products: snippet.products.flatMap(termsOfLabel),
    body: leadingTerms(searchableBody(snippet.body), MAX_BODY_TERMS),
  };
}

export function indexedSnippet(id: number, terms: Record<SnippetField, string[]>): IndexedSnippet {
  return { id, ...terms };
}
