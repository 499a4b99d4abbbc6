import type { SearchResult } from 'minisearch';

import type { TicketSnapshot } from '../ticket/snapshot';
import { bestRanked } from './best-ranked';
import { fieldsReasons, tagsReason } from './reasons';
import type { Ranked } from './ranked';
import type { KnowledgeIndex } from './search-index';
import { normaliseLabel, termsOf } from './terms';
import { searchEveryWord, searchWords } from './typed-search';

/** A typed search decides; sharing the ticket's tags only breaks near-ties (points on a 0–10 text scale). */
const tagBonus = { perTag: 0.5, maxTags: 2 };

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
  const terms = termsOf(query);
  if (terms.length === 0) return [];
  const results =
    words === 'every' ? searchEveryWord(index, terms, accept) : searchWords(index, terms, 'OR', accept);
  const best = results[0]?.score ?? 0;
  const ticketTags = new Set(ticket.tags.map(normaliseLabel));
  const sharedTags = (result: SearchResult) =>
    index.snippets[result.id as number]!.tags.filter((tag) => ticketTags.has(tag));
  const textScore = (result: SearchResult) => (10 * result.score) / best;

  // Reasons are worded only for the suggestions that are shown.
  return bestRanked(
    results,
    limit,
    tagBonus.perTag * tagBonus.maxTags,
    textScore,
    (result) => textScore(result) + tagBonus.perTag * Math.min(sharedTags(result).length, tagBonus.maxTags),
  ).map(({ candidate: result, score }) => ({
    snippet: index.snippets[result.id as number]!,
    score,
    reasons: [...fieldsReasons(result.match), ...tagsReason(sharedTags(result))],
  }));
}
