import MiniSearch from 'minisearch';

import type { Snippet } from '../packs/snippet-schema';
import { languageOf } from './locale';
import { labelWords, processTerm, searchableBody, tokenize } from './terms';

/** A snippet as the index sees it; `id` is its position in the snippet array, unique even across packs. */
interface IndexedSnippet {
  id: number;
  title: string;
  tags: string;
  category: string;
  products: string;
  body: string;
}

export type SnippetField = Exclude<keyof IndexedSnippet, 'id'>;

export interface KnowledgeIndex {
  search: MiniSearch<IndexedSnippet>;
  snippets: readonly Snippet[];
  /** Primary language subtag of each snippet, by position. */
  languages: readonly string[];
  /** Every product id some snippet names, for spotting products in the ticket. */
  productIds: readonly string[];
}

export const fieldBoosts: Record<SnippetField, number> = {
  title: 3,
  tags: 2,
  category: 1.5,
  products: 1.5,
  body: 1,
};

const indexes = new WeakMap<readonly Snippet[], KnowledgeIndex>();

function buildIndex(snippets: readonly Snippet[]): KnowledgeIndex {
  const search = new MiniSearch<IndexedSnippet>({
    fields: Object.keys(fieldBoosts),
    tokenize,
    processTerm,
  });
  search.addAll(
    snippets.map((snippet, id) => ({
      id,
      title: snippet.title,
      tags: labelWords(snippet.tags),
      category: snippet.category,
      products: labelWords(snippet.products),
      body: searchableBody(snippet.body),
    })),
  );
  return {
    search,
    snippets,
    languages: snippets.map((snippet) => languageOf(snippet.locale)),
    productIds: [...new Set(snippets.flatMap((snippet) => snippet.products))],
  };
}

/**
 * The index of a snippet set, built on first use and kept while the array lives. Packs are
 * replaced whole when they update, so a new array is a new pack version and gets a new index.
 */
export function knowledgeIndexFor(snippets: readonly Snippet[]): KnowledgeIndex {
  let index = indexes.get(snippets);
  if (!index) {
    index = buildIndex(snippets);
    indexes.set(snippets, index);
  }
  return index;
}
