import type { Query, SearchResult } from 'minisearch';

import type { TicketSnapshot } from '../ticket/snapshot';
import { bestRanked } from './best-ranked';
import type { SnippetField } from './indexed-snippet';
import { fieldsReasons, tagsReason } from './reasons';
import type { Ranked } from './ranked';
import type { KnowledgeIndex } from './search-index';
import { fieldBoosts } from './search-index';
import { normaliseLabel, termsOf } from './terms';

/** A typed search decides; sharing the ticket's tags only breaks near-ties (points on a 0–10 text scale). */
const tagBonus = { perTag: 0.5, maxTags: 2 };
/** Where a half-typed word may match as a prefix: "rout" finds "Router" in a title or tag. */
const headlineFields: SnippetField[] = ['title', 'tags', 'category', 'products'];
// "refnd" finds refund; a word of three letters or less is too short to guess at.
const typoTolerance = (term: string) => (term.length >= 4 ? 0.25 : false);
/**
 * A typo or two, never more: a long word allowed three ("compensation") reaches words that
 * merely look alike, and each one found costs its matches to score.
 */
const maxFuzzy = 2;

/**
 * One typed word: a prefix in the headline fields, a whole word in the body, and a typo or two
 * in either. Prefixes stay out of the body because a short stem there ("rout": route, router,
 * routine…) matches most of a large pack and costs more than it finds.
 */
function wordQuery(term: string): Query {
  return {
    combineWith: 'OR',
    // MiniSearch merges the two matches of a word by overwriting, so the headline one comes
    // last: "matches 'refund' in the title" beats "in the text".
    queries: [
      { queries: [term], fields: ['body'], fuzzy: typoTolerance },
      { queries: [term], fields: headlineFields, prefix: true, fuzzy: typoTolerance },
    ],
  };
}

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
  const results = index.search.search(
    { combineWith: words === 'every' ? 'AND' : 'OR', queries: terms.map(wordQuery) },
    { boost: fieldBoosts, maxFuzzy, filter: (result) => accept(result.id as number) },
  );
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
