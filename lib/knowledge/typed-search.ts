import type { Query, SearchResult } from 'minisearch';

import type { SnippetField } from './indexed-snippet';
import type { KnowledgeIndex } from './search-index';
import { fieldBoosts, onlyAccepted } from './search-index';

/**
 * Where a half-typed word may match as a prefix: "rout" finds "Router" in a title or tag. Not
 * the body, where a short stem ("rout": route, router, routine…) matches most of a large pack
 * and costs more than it finds; nor product ids, codes such as "router-x2" that a hardware pack
 * lists on four snippets in ten, which would more than double what "rout" has to score for nothing the
 * titles and tags don't already say (bench/knowledge.ts).
 */
const headlineFields: SnippetField[] = ['title', 'tags', 'category'];
/**
 * "refnd" finds refund: one typo in a word of four to seven letters, two from eight. A word of
 * three letters or less is too short to guess at, and two typos in a six-letter word reach
 * words that merely look alike ("cancel" would find "parcel" and "channel").
 */
const typoTolerance = (term: string) => (term.length >= 4 ? 0.2 : false);
/** Never more than two typos, however long the word: a third in "compensation" reaches noise. */
const maxFuzzy = 2;

/** One typed word: a prefix in the headline fields, a whole word elsewhere, and typos in any. */
function wordQuery(term: string): Query {
  return {
    combineWith: 'OR',
    // MiniSearch merges the two matches of a word by overwriting, so the headline one comes
    // last: "matches 'refund' in the title" beats "in the text".
    queries: [
      { queries: [term], fields: ['body', 'products'], fuzzy: typoTolerance },
      { queries: [term], fields: headlineFields, prefix: true, fuzzy: typoTolerance },
    ],
  };
}

/** The snippets `accept` takes that match every word (AND) or some word (OR), scored by MiniSearch. */
export function searchWords(
  index: KnowledgeIndex,
  terms: readonly string[],
  combineWith: 'AND' | 'OR',
  accept: (position: number) => boolean,
): SearchResult[] {
  return index.search.search(
    { combineWith, queries: terms.map(wordQuery) },
    { boost: fieldBoosts, maxFuzzy, ...onlyAccepted(accept) },
  );
}

/**
 * The snippets `accept` takes that match every word, found without scoring them. MiniSearch calls
 * `boostDocument` for each snippet a word matches before it builds that snippet's result, and
 * builds none for a boost of 0 (its documented "skips the search result"): answering 0 while
 * noting the snippet lists the matches by MiniSearch's own rules (fields, prefixes, typos)
 * without building any.
 */
function snippetsMatchingEvery(
  index: KnowledgeIndex,
  terms: readonly string[],
  accept: (position: number) => boolean,
): Set<number> {
  let matching: Set<number> | undefined;
  for (const term of terms) {
    const found = new Set<number>();
    const within = matching;
    index.search.search(wordQuery(term), {
      maxFuzzy,
      boostDocument: (id: number) => {
        if (within ? within.has(id) : accept(id)) found.add(id);
        return 0;
      },
    });
    if (found.size === 0) return found;
    matching = found;
  }
  return matching ?? new Set();
}

/**
 * The snippets that match every word, found and scored as MiniSearch's AND query does, but
 * scoring only those that match them all: MiniSearch scores each word's matches in full before
 * keeping those common to all, and building those results is most of a search's time. In
 * "mesh extender setup", "mesh" alone matches a third of the bench pack.
 */
export function searchEveryWord(
  index: KnowledgeIndex,
  terms: readonly string[],
  accept: (position: number) => boolean,
): SearchResult[] {
  if (terms.length === 1) return searchWords(index, terms, 'AND', accept);
  const matching = snippetsMatchingEvery(index, terms, accept);
  if (matching.size === 0) return [];
  return searchWords(index, terms, 'AND', (position) => matching.has(position));
}
