import MiniSearch from 'minisearch';

import type { Snippet } from '../packs/snippet-schema';
import { type IndexedSnippet, indexedSnippet, type SnippetField, snippetTerms } from './indexed-snippet';
import { languageOf } from './locale';
import { processTerm, tokenize } from './terms';
import { yieldToPanel } from './yield-to-panel';

export type { SnippetField } from './indexed-snippet';

export interface KnowledgeIndex {
  search: MiniSearch<IndexedSnippet>;
  snippets: readonly Snippet[];
  /** Primary language subtag of each snippet, by position. */
  languages: readonly string[];
  /** Every product id some snippet names, for spotting products in the ticket. */
  productIds: readonly string[];
  /** How many snippets each term appears in, to leave words too common to tell snippets apart out of a ticket's query. */
  snippetsWith: ReadonlyMap<string, number>;
}

export const fieldBoosts: Record<SnippetField, number> = {
  title: 3,
  tags: 2,
  category: 1.5,
  products: 1.5,
  body: 1,
};

const snippetFields = Object.keys(fieldBoosts) as SnippetField[];

/**
 * Search options that leave out the snippets `accept` refuses while matches are scored rather
 * than after: MiniSearch skips a snippet whose document boost is 0, so a pack's snippets in other
 * languages cost no result to build. A `filter` runs only once every match has been scored; with
 * a quarter of the bench pack in German, typed searches took a fifth longer that way at the
 * median and a third longer at the 95th percentile (bench/knowledge.ts).
 */
export function onlyAccepted(accept: (position: number) => boolean): {
  boostDocument: (id: unknown) => number;
} {
  return { boostDocument: (id) => (accept(id as number) ? 1 : 0) };
}

/**
 * Packs up to this size are indexed at once on first use: a twentieth of the bench's 10,000
 * snippets, so about 50 ms. Larger ones should be indexed with `buildKnowledgeIndex`, in
 * slices, so the panel never freezes; `rankSnippets` still indexes them at once if asked first.
 */
export const SYNC_INDEX_LIMIT = 500;
/** Longest stretch of indexing between two chances for the panel to handle input. */
const SLICE_MS = 12;

/** An index being filled, by `buildKnowledgeIndex` a slice at a time, or at once by `finish`. */
class IndexBuild {
  readonly search = new MiniSearch<IndexedSnippet>({
    fields: snippetFields,
    // Documents arrive as term arrays (indexedSnippet), handed through to the index as they are:
    // joining them into text only for MiniSearch to split it again cost a tenth of the index
    // time (bench/knowledge.ts). Queries are still read as text.
    stringifyField: (terms: readonly string[]) => terms as unknown as string,
    tokenize: (terms: string) => terms as unknown as string[],
    processTerm: (term) => term,
    searchOptions: { tokenize, processTerm },
  });
  private readonly snippetsWith = new Map<string, number>();
  /** The distinct terms of the snippet being added, one set reused for every snippet. */
  private readonly distinct = new Set<string>();
  private added = 0;

  constructor(readonly snippets: readonly Snippet[]) {}

  get done(): boolean {
    return this.added >= this.snippets.length;
  }

  addUntil(deadline: number): void {
    while (!this.done && performance.now() < deadline) this.addNext();
  }

  finish(): KnowledgeIndex {
    while (!this.done) this.addNext();
    return {
      search: this.search,
      snippets: this.snippets,
      languages: this.snippets.map((snippet) => languageOf(snippet.locale)),
      productIds: [...new Set(this.snippets.flatMap((snippet) => snippet.products))],
      snippetsWith: this.snippetsWith,
    };
  }

  private addNext(): void {
    const terms = snippetTerms(this.snippets[this.added]!);
    this.search.add(indexedSnippet(this.added, terms));
    this.distinct.clear();
    for (const field of snippetFields) for (const term of terms[field]) this.distinct.add(term);
    for (const term of this.distinct) this.snippetsWith.set(term, (this.snippetsWith.get(term) ?? 0) + 1);
    this.added += 1;
  }
}

const indexes = new WeakMap<readonly Snippet[], KnowledgeIndex>();
const builds = new WeakMap<readonly Snippet[], IndexBuild>();
const pending = new WeakMap<readonly Snippet[], Promise<KnowledgeIndex>>();

/**
 * The index of a snippet set, built on first use and kept while the array lives. Packs are
 * replaced whole when they update, so a new array is a new pack version and gets a new index.
 * Always synchronous: a build under way in slices is finished at once.
 */
export function knowledgeIndexFor(snippets: readonly Snippet[]): KnowledgeIndex {
  let index = indexes.get(snippets);
  if (!index) {
    index = (builds.get(snippets) ?? new IndexBuild(snippets)).finish();
    indexes.set(snippets, index);
    builds.delete(snippets);
  }
  return index;
}

/** Whether ranking these snippets now would first build an index too large to build at once. */
export function needsBackgroundIndexing(snippets: readonly Snippet[]): boolean {
  return snippets.length > SYNC_INDEX_LIMIT && !indexes.has(snippets);
}

/** Builds the index in slices of at most SLICE_MS, yielding to the panel between them. */
export function buildKnowledgeIndex(snippets: readonly Snippet[]): Promise<KnowledgeIndex> {
  const ready = indexes.get(snippets);
  if (ready) return Promise.resolve(ready);
  let building = pending.get(snippets);
  if (!building) {
    building = buildInSlices(snippets).finally(() => pending.delete(snippets));
    pending.set(snippets, building);
  }
  return building;
}

async function buildInSlices(snippets: readonly Snippet[]): Promise<KnowledgeIndex> {
  const build = new IndexBuild(snippets);
  builds.set(snippets, build);
  while (!build.done && !indexes.has(snippets)) {
    build.addUntil(performance.now() + SLICE_MS);
    await yieldToPanel();
  }
  return knowledgeIndexFor(snippets);
}
