import { readFileSync } from 'node:fs';

import { rankSnippets } from '../../lib/knowledge/index';
import type { Snippet } from '../../lib/packs/snippet-schema';
import type { Channel } from '../../lib/ticket/fields';
import { makeTicket } from '../builders/ticket';

/** A ticket as an agent would see it, with the snippet ids they would want at the top. */
export interface LabelledTicket {
  subject: string;
  latestCustomerMessage: string;
  channel: Channel;
  tags: string[];
  locale: string;
  expected: string[];
}

/** What an agent types in the search box, in their locale, with the snippet ids they are looking for. */
export interface LabelledQuery {
  query: string;
  locale: string;
  expected: string[];
}

export interface RelevanceReport {
  /** How many labelled cases (tickets or typed queries) were tried. */
  tickets: number;
  hits: number;
  topThreeHitRate: number;
  misses: { subject: string; expected: string[]; topThree: string[] }[];
}

export const labelledTicketsPath = 'test/fixtures/relevance/tickets.json';

export const labelledQueriesPath = 'test/fixtures/relevance/typed-queries.json';

export function loadLabelledTickets(path = labelledTicketsPath): LabelledTicket[] {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledTicket[];
}

export function loadLabelledQueries(path = labelledQueriesPath): LabelledQuery[] {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledQuery[];
}

export function ticketOf(labelled: LabelledTicket) {
  return makeTicket({
    subject: labelled.subject,
    latestCustomerMessage: labelled.latestCustomerMessage,
    channel: labelled.channel,
    tags: labelled.tags,
  });
}

/** The share of cases whose first three snippets hold one the agent wants. */
function hitRate<T extends { expected: string[] }>(
  cases: readonly T[],
  subjectOf: (labelled: T) => string,
  topThreeOf: (labelled: T) => string[],
): RelevanceReport {
  const misses: RelevanceReport['misses'] = [];
  for (const labelled of cases) {
    const topThree = topThreeOf(labelled);
    if (!labelled.expected.some((id) => topThree.includes(id))) {
      misses.push({ subject: subjectOf(labelled), expected: labelled.expected, topThree });
    }
  }
  const hits = cases.length - misses.length;
  return { tickets: cases.length, hits, topThreeHitRate: hits / cases.length, misses };
}

const idsOf = (ranked: { snippet: Snippet }[]) => ranked.map((entry) => entry.snippet.id);

/** A hit: one of the snippets the agent would want is among the first three suggestions, with no typing. */
export function topThreeHitRate(snippets: Snippet[], tickets: LabelledTicket[]): RelevanceReport {
  return hitRate(
    tickets,
    (labelled) => labelled.subject,
    (labelled) => idsOf(rankSnippets(snippets, ticketOf(labelled), { locale: labelled.locale, limit: 3 })),
  );
}

/**
 * A hit: one of the snippets the agent looks for is among the first three for what they typed.
 * The ticket open beside the search shares none of their tags, so the words alone decide.
 */
export function typedTopThreeHitRate(snippets: Snippet[], queries: LabelledQuery[]): RelevanceReport {
  const ticket = makeTicket({ tags: [] });
  return hitRate(
    queries,
    (labelled) => `"${labelled.query}"`,
    (labelled) =>
      idsOf(rankSnippets(snippets, ticket, { query: labelled.query, locale: labelled.locale, limit: 3 })),
  );
}
