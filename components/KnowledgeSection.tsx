import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

import { categoriesOf, knowledgeCards } from '../lib/knowledge/browse';
import { placeholderValuesFor } from '../lib/knowledge/placeholders';
import { buildKnowledgeIndex, needsBackgroundIndexing } from '../lib/knowledge/search-index';
import { isStale } from '../lib/knowledge/staleness';
import type { Snippet } from '../lib/packs/snippet-schema';
import type { TicketSnapshot } from '../lib/ticket/snapshot';
import { KnowledgeCategoryFilter } from './KnowledgeCategoryFilter';
import { SnippetCard } from './SnippetCard';
import type { SnippetFlag } from './SnippetFlagForm';
import { SnippetProposalForm, type SnippetProposal } from './SnippetProposalForm';

/** The snippets of one active pack, with the pack's review interval for the stale flag. */
export interface KnowledgeSource {
  packId?: string;
  snippets: Snippet[];
  reviewIntervalDays?: number;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Whether the snippets can be ranked now. A large pack is indexed in slices first, so the panel
 * stays responsive meanwhile; until then nothing is ranked, rather than ranked from a part.
 */
function useIndexReady(snippets: Snippet[]): boolean {
  const [indexed, setIndexed] = useState<Snippet[] | undefined>();
  const needed = needsBackgroundIndexing(snippets);
  useEffect(() => {
    if (!needed) return;
    let current = true;
    void buildKnowledgeIndex(snippets).then(() => {
      if (current) setIndexed(snippets);
    });
    return () => {
      current = false;
    };
  }, [snippets, needed]);
  return !needed || indexed === snippets;
}

/**
 * The snippets that fit the active ticket, shown without a click; a search box, browsing by
 * category, and the keyboard: `/` searches, arrows move between cards, Enter inserts, Escape clears.
 */
export function KnowledgeSection({
  sources,
  ticket,
  locale,
  agentName,
  now = new Date(),
  onInsert,
  onMatched,
  onSearchEmpty,
  onFlag,
  onPropose,
}: {
  sources: KnowledgeSource[];
  ticket: TicketSnapshot;
  locale: string;
  agentName?: string;
  now?: Date;
  onInsert: (text: string, snippet: Snippet) => void;
  /** The snippets suggested for the ticket without a search, once per ticket and suggestion. */
  onMatched?: (snippets: Snippet[]) => void;
  /** A search the agent left standing for a moment that found nothing. */
  onSearchEmpty?: (query: string) => void;
  /** The agent tells the team lead a snippet is wrong or out of date. */
  onFlag?: (snippet: Snippet, flag: SnippetFlag) => void;
  /** The agent proposes a snippet the packs lack. */
  onPropose?: (proposal: SnippetProposal) => void;
}) {
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<string | undefined>();
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  // One array per set of packs, so the search index (cached per array) is built once.
  const snippets = useMemo(() => sources.flatMap((source) => source.snippets), [sources]);
  const intervals = useMemo(
    () =>
      new Map(
        sources.flatMap((source) => source.snippets.map((snippet) => [snippet, source.reviewIntervalDays])),
      ),
    [sources],
  );
  const categories = useMemo(() => categoriesOf(snippets, locale), [snippets, locale]);
  const ready = useIndexReady(snippets);
  const cards = useMemo(
    () => (ready && snippets.length > 0 ? knowledgeCards(snippets, ticket, { query, category, locale }) : []),
    [ready, snippets, ticket, query, category, locale],
  );
  const values = useMemo(() => placeholderValuesFor(ticket, { name: agentName }), [ticket, agentName]);
  const trimmedQuery = query.trim();
  const suggested = ready && !trimmedQuery && !category ? cards.map((ranked) => ranked.snippet) : [];
  const suggestedKey = `${ticket.helpdesk}/${ticket.ticketId}\n${suggested.map((snippet) => snippet.id).join('\n')}`;
  const foundNothing = ready && trimmedQuery !== '' && cards.length === 0;

  useEffect(() => {
    if (suggested.length > 0) onMatched?.(suggested);
    // Keyed on the ticket and what was suggested, not on each render's arrays.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [suggestedKey]);

  useEffect(() => {
    if (!foundNothing) return;
    // Counted once the agent stops typing, not at every keystroke of a word in progress.
    const timer = setTimeout(() => onSearchEmpty?.(trimmedQuery), 1500);
    return () => clearTimeout(timer);
  }, [foundNothing, trimmedQuery, onSearchEmpty]);

  useEffect(() => {
    const focusSearch = (event: KeyboardEvent) => {
      if (event.key !== '/' || isTyping(event.target)) return;
      event.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', focusSearch);
    return () => document.removeEventListener('keydown', focusSearch);
  }, []);

  const moveFocus = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = [...(list.current?.querySelectorAll<HTMLElement>('[data-snippet-card]') ?? [])];
    const at = all.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) search.current?.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };

  if (snippets.length === 0) {
    return (
      <p class="section-empty">No knowledge pack is loaded. Your team lead publishes snippets in one.</p>
    );
  }
  const trimmed = query.trim();
  const empty = trimmed
    ? `No snippet matches '${trimmed}'.`
    : category
      ? `No snippet in ${category}.`
      : 'No snippet fits this ticket yet. Search, or browse a category.';
  const status = !ready
    ? `Indexing ${snippets.length.toLocaleString('en')} snippets…`
    : cards.length === 0
      ? empty
      : `${cards.length} ${cards.length === 1 ? 'snippet' : 'snippets'}`;

  return (
    <div class="knowledge">
      <input
        ref={search}
        type="search"
        class="knowledge-search"
        aria-label="Search knowledge"
        placeholder="Search knowledge (press /)"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            setQuery('');
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            list.current?.querySelector<HTMLElement>('[data-snippet-card]')?.focus();
          }
        }}
      />
      <KnowledgeCategoryFilter categories={categories} selected={category} onSelect={setCategory} />
      <p class="knowledge-count" role="status">
        {status}
      </p>
      {cards.length > 0 && (
        <ul ref={list} class="knowledge-cards" aria-label="Snippets" onKeyDown={moveFocus}>
          {cards.map((ranked) => (
            <li key={`${ranked.snippet.id}`}>
              <SnippetCard
                ranked={ranked}
                stale={isStale(ranked.snippet, intervals.get(ranked.snippet), now)}
                values={values}
                locale={locale}
                ticketText={ticket.latestCustomerMessage}
                onInsert={onInsert}
                onFlag={onFlag}
              />
            </li>
          ))}
        </ul>
      )}
      {onPropose && <SnippetProposalForm ticketText={ticket.latestCustomerMessage} onSubmit={onPropose} />}
    </div>
  );
}
