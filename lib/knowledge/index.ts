import type { Snippet } from '../packs/snippet-schema';
import type { TicketSnapshot } from '../ticket/snapshot';
import { languageOf } from './locale';
import { rankByQuery } from './rank-by-query';
import { rankByTicket } from './rank-by-ticket';
import type { Ranked } from './ranked';
import { localeFallbackReason } from './reasons';
import { knowledgeIndexFor } from './search-index';

export type { Ranked } from './ranked';

export interface RankOptions {
  /** What the agent typed; without it the ticket itself is the query. */
  query?: string;
  limit?: number;
  /** The agent's locale; snippets in its language come first, others only when none fits. */
  locale?: string;
}

const DEFAULT_LIMIT = 10;

interface Pass {
  words: 'every' | 'some';
  anyLanguage: boolean;
}
/** Tried in turn until one finds something: a full match in another language beats a partial one in the agent's. */
const queryPasses: Pass[] = [
  { words: 'every', anyLanguage: false },
  { words: 'every', anyLanguage: true },
  { words: 'some', anyLanguage: false },
  { words: 'some', anyLanguage: true },
];
const ticketPasses: Pass[] = [
  { words: 'some', anyLanguage: false },
  { words: 'some', anyLanguage: true },
];

/** The snippets that fit the ticket (or the agent's search), best first, with the reasons shown on each card. */
export function rankSnippets(
  snippets: Snippet[],
  ticket: TicketSnapshot,
  options: RankOptions = {},
): Ranked[] {
  const index = knowledgeIndexFor(snippets);
  const query = options.query?.trim() ?? '';
  const limit = options.limit ?? DEFAULT_LIMIT;
  const language = options.locale ? languageOf(options.locale) : undefined;
  const passes = query ? queryPasses : ticketPasses;
  for (const { words, anyLanguage } of passes) {
    if (anyLanguage && language === undefined) continue;
    const accept =
      anyLanguage || language === undefined
        ? () => true
        : (position: number) => index.languages[position] === language;
    const ranked = query
      ? rankByQuery(index, ticket, query, words, accept, limit)
      : rankByTicket(index, ticket, accept, limit);
    if (ranked.length === 0) continue;
    if (!anyLanguage || language === undefined) return ranked;
    return ranked.map((entry) => ({
      ...entry,
      reasons: [...entry.reasons, localeFallbackReason(language, entry.snippet)],
    }));
  }
  return [];
}
