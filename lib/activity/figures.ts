import type { ActivityEvent } from './activity-event';
import { ByTwoKeys } from './by-two-keys';
import type { DayFigures, OfferFigures, QueryFigures, SnippetFigures } from './figures-schema';
import { compareText, standardsFigures } from './standard-figures';
import type { StandardOutcome } from './standard-outcome';

export type { DayFigures } from './figures-schema';

/** How many of the most frequent empty searches the figures list. */
export const TOP_QUERIES = 10;

export interface FiguresInput {
  events: readonly ActivityEvent[];
  outcomes: readonly StandardOutcome[];
  /** The range, half-open: `[from, to)`, epoch ms. */
  from: number;
  to: number;
}

/**
 * Typed text counts as the same search whatever its case and spacing ("Refund  status" and
 * "refund status"), so the top list shows what agents looked for, not how they typed it.
 */
export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The "My day" figures over `[from, to)` (issue #7): one pass over the events and one over the
 * outcomes (standard-figures.ts), no Date or Intl work per record, so a year of a busy agent's
 * log is read in milliseconds. Events outside the range are ignored, so the caller may pass a
 * wider log than the range.
 *
 * Choices: tickets viewed counts distinct tickets, not views. Offer answers are counted as
 * recorded: an offer the agent accepted was usually shown first, and counts once in each.
 * Lists are ordered most first, then by id (code-unit order), so two runs give the same text.
 */
export function dayFigures({ events, outcomes, from, to }: FiguresInput): DayFigures {
  const tickets = new ByTwoKeys<true>();
  const snippets = new ByTwoKeys<SnippetFigures & { titledAt: number }>();
  // By the text as typed: the same few searches recur, so each is normalised once.
  const typed = new Map<string, string>();
  const queries = new Map<string, number>();
  const offers = new ByTwoKeys<OfferFigures>();
  let inserted = 0;
  let searches = 0;
  let proposals = 0;
  const flags = { wrong: 0, stale: 0 };
  const answers = { shown: 0, accepted: 0, declined: 0, notRelevant: 0 };

  for (const event of events) {
    if (event.at < from || event.at >= to) continue;
    switch (event.kind) {
      case 'ticket-viewed':
        tickets.set(event.helpdesk, event.ticketId, true);
        break;
      case 'snippet-inserted': {
        inserted += 1;
        const snippet = snippets.get(event.packId, event.snippetId);
        if (!snippet) {
          snippets.set(event.packId, event.snippetId, {
            packId: event.packId,
            snippetId: event.snippetId,
            title: event.snippetTitle,
            count: 1,
            titledAt: event.at,
          });
        } else {
          snippet.count += 1;
          // The title as the pack last showed it.
          if (event.at >= snippet.titledAt) {
            snippet.title = event.snippetTitle;
            snippet.titledAt = event.at;
          }
        }
        break;
      }
      case 'search-empty': {
        searches += 1;
        let query = typed.get(event.query);
        if (query === undefined) {
          query = normaliseQuery(event.query);
          typed.set(event.query, query);
        }
        if (query !== '') queries.set(query, (queries.get(query) ?? 0) + 1);
        break;
      }
      case 'offer': {
        let offer = offers.get(event.packId, event.offerId);
        if (!offer) {
          offer = {
            packId: event.packId,
            offerId: event.offerId,
            shown: 0,
            accepted: 0,
            declined: 0,
            notRelevant: 0,
          };
          offers.set(event.packId, event.offerId, offer);
        }
        const answer = event.answer === 'not-relevant' ? 'notRelevant' : event.answer;
        offer[answer] += 1;
        answers[answer] += 1;
        break;
      }
      case 'snippet-proposal':
        proposals += 1;
        break;
      case 'snippet-flag':
        flags[event.flag] += 1;
        break;
      case 'snippet-matched':
        // Only the stale-content report reads suggestions.
        break;
    }
  }

  const topQueries: QueryFigures[] = [...queries]
    .map(([query, count]) => ({ query, count }))
    .sort((a, b) => b.count - a.count || compareText(a.query, b.query))
    .slice(0, TOP_QUERIES);

  return {
    ...standardsFigures(outcomes, from, to),
    ticketsViewed: tickets.size,
    snippetsInserted: {
      count: inserted,
      bySnippet: [...snippets.values()]
        .sort(
          (a, b) =>
            b.count - a.count || compareText(a.packId, b.packId) || compareText(a.snippetId, b.snippetId),
        )
        .map(({ packId, snippetId, title, count }) => ({ packId, snippetId, title, count })),
    },
    searchesEmpty: { count: searches, topQueries },
    offers: {
      ...answers,
      byOffer: [...offers.values()].sort(
        (a, b) => b.shown - a.shown || compareText(a.packId, b.packId) || compareText(a.offerId, b.offerId),
      ),
    },
    proposals,
    flags,
  };
}
