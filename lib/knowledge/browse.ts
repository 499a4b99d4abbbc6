import type { Snippet } from '../packs/snippet-schema';
import type { TicketSnapshot } from '../ticket/snapshot';
import { rankSnippets, type Ranked } from './index';
import { languageOf } from './locale';

/** How many suggestions the panel shows for a ticket before the agent types. */
export const TICKET_SUGGESTIONS = 5;
/** How many results a typed search shows. */
export const SEARCH_RESULTS = 20;

/** How many of the ticket's best fits a category lists first; the rest follow by title. */
const BROWSE_RANKED = 100;

export interface KnowledgeView {
  query: string;
  category?: string;
  locale: string;
}

/** The categories the agent can browse: those of snippets in their language, or of all when none is. */
export function categoriesOf(snippets: readonly Snippet[], locale: string): string[] {
  const language = languageOf(locale);
  const own = snippets.filter((snippet) => languageOf(snippet.locale) === language);
  return [...new Set((own.length > 0 ? own : snippets).map((snippet) => snippet.category))].sort();
}

/**
 * Browsing one category lists all of it (in the agent's language when it has any), the
 * snippets that fit the ticket first with their reasons, then the rest by title.
 */
function browse(snippets: Snippet[], ticket: TicketSnapshot, category: string, locale: string): Ranked[] {
  const language = languageOf(locale);
  const inCategory = snippets.filter((snippet) => snippet.category === category);
  const own = inCategory.filter((snippet) => languageOf(snippet.locale) === language);
  const listed = new Set(own.length > 0 ? own : inCategory);
  const fitting = rankSnippets(snippets, ticket, { locale, limit: BROWSE_RANKED }).filter((ranked) =>
    listed.has(ranked.snippet),
  );
  const fitted = new Set(fitting.map((ranked) => ranked.snippet));
  const rest = [...listed]
    .filter((snippet) => !fitted.has(snippet))
    .sort((a, b) => a.title.localeCompare(b.title, locale))
    .map((snippet) => ({ snippet, score: 0, reasons: [] }));
  return [...fitting, ...rest];
}

/** The cards the knowledge section shows: a search, a category, or the ticket's own suggestions. */
export function knowledgeCards(snippets: Snippet[], ticket: TicketSnapshot, view: KnowledgeView): Ranked[] {
  const query = view.query.trim();
  if (query) {
    const found = rankSnippets(snippets, ticket, { query, locale: view.locale, limit: SEARCH_RESULTS * 2 });
    const inCategory = view.category
      ? found.filter((ranked) => ranked.snippet.category === view.category)
      : found;
    return inCategory.slice(0, SEARCH_RESULTS);
  }
  if (view.category) return browse(snippets, ticket, view.category, view.locale);
  return rankSnippets(snippets, ticket, { locale: view.locale, limit: TICKET_SUGGESTIONS });
}
