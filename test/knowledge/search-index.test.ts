import { describe, expect, test } from 'vitest';

import { rankSnippets } from '../../lib/knowledge/index';
import {
  buildKnowledgeIndex,
  knowledgeIndexFor,
  needsBackgroundIndexing,
  SYNC_INDEX_LIMIT,
} from '../../lib/knowledge/search-index';
import type { Snippet } from '../../lib/packs/snippet-schema';
import { makeTicket } from '../builders/ticket';
import { loadDemoSnippets } from './demo-snippets';

const demo = loadDemoSnippets();

/** A pack too large to index at once: the demo snippets over and over, each with its own id. */
function largePack(size = SYNC_INDEX_LIMIT * 2): Snippet[] {
  return Array.from({ length: size }, (_, position) => {
    const snippet = demo[position % demo.length]!;
    return { ...snippet, id: `${snippet.id}-${position}` };
  });
}

const titles = (snippets: Snippet[]) =>
  rankSnippets(snippets, makeTicket(), { locale: 'en' }).map((ranked) => ranked.snippet.id);

describe('indexing a large pack in slices', () => {
  test('is needed only above the size indexed at once, and until it is done', async () => {
    expect(needsBackgroundIndexing([...demo])).toBe(false);
    const pack = largePack();
    expect(needsBackgroundIndexing(pack)).toBe(true);
    const index = await buildKnowledgeIndex(pack);
    expect(needsBackgroundIndexing(pack)).toBe(false);
    expect(knowledgeIndexFor(pack)).toBe(index);
  });

  test('lets other tasks run between slices', async () => {
    let otherTaskRan = false;
    const building = buildKnowledgeIndex(largePack());
    setTimeout(() => (otherTaskRan = true), 0);
    await building;
    expect(otherTaskRan).toBe(true);
  });

  test('ranks exactly as an index built at once', async () => {
    const sliced = largePack();
    await buildKnowledgeIndex(sliced);
    expect(titles(sliced)).toEqual(titles(largePack()));
  });

  test('is finished at once when a ranking cannot wait', async () => {
    const pack = largePack();
    const building = buildKnowledgeIndex(pack);
    const index = knowledgeIndexFor(pack);
    expect(await building).toBe(index);
    expect(index.search.documentCount).toBe(pack.length);
  });
});
