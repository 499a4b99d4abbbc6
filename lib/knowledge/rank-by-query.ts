import type { TicketSnapshot } from '../ticket/snapshot';
import { fieldsReasons, tagsReason } from './reasons';
import type { Ranked } from './ranked';
import type { KnowledgeIndex } from './search-index';
import { fieldBoosts } from './search-index';
import { normaliseLabel } from './terms';

/** A typed search decides; sharing the ticket's tags only breaks near-ties (points on a 0–10 text scale). */
const tagBonus = 0.5;

/**
 * Ranks snippets for what the agent types, each word matching as a prefix or with a typo or two:
 * `every` word must match, or (a looser pass) `some` word.
 */
export function rankByQuery(
  index: KnowledgeIndex,
  ticket: TicketSnapshot,
  query: string,
  words: 'every' | 'some',
  accept: (position: number) => boolean,
  limit: number,
): Ranked[] {
  const options = {
    boost: fieldBoosts,
    prefix: true,
    // "refnd" finds refund; a word of three letters or less is too short to guess at.
    fuzzy: (term: string) => (term.length >= 4 ? 0.25 : false),
    filter: (result: { id: unknown }) => accept(result.id as number),
  };
  const results = index.search.search(query, { ...options, combineWith: words === 'every' ? 'AND' : 'OR' });
  const best = results[0]?.score ?? 0;
  const ticketTags = new Set(ticket.tags.map(normaliseLabel));

  const scored = results.map((result) => {
    const snippet = index.snippets[result.id as number]!;
    const tags = snippet.tags.filter((tag) => ticketTags.has(tag));
    return { snippet, result, tags, score: (10 * result.score) / best + tagBonus * Math.min(tags.length, 2) };
  });
  // Reasons are worded only for the suggestions that are shown.
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ snippet, result, tags, score }) => ({
      snippet,
      score,
      reasons: [...fieldsReasons(result.match), ...tagsReason(tags)],
    }));
}
