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

export interface RelevanceReport {
  tickets: number;
  hits: number;
  topThreeHitRate: number;
  misses: { subject: string; expected: string[]; topThree: string[] }[];
}

export const labelledTicketsPath = 'test/fixtures/relevance/tickets.json';

export function loadLabelledTickets(path = labelledTicketsPath): LabelledTicket[] {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledTicket[];
}

export function ticketOf(labelled: LabelledTicket) {
  return makeTicket({
    subject: labelled.subject,
    latestCustomerMessage: labelled.latestCustomerMessage,
    channel: labelled.channel,
    tags: labelled.tags,
  });
}

/** A hit: one of the snippets the agent would want is among the first three suggestions, with no typing. */
export function topThreeHitRate(snippets: Snippet[], tickets: LabelledTicket[]): RelevanceReport {
  const misses: RelevanceReport['misses'] = [];
  for (const labelled of tickets) {
    const topThree = rankSnippets(snippets, ticketOf(labelled), { locale: labelled.locale, limit: 3 }).map(
      (ranked) => ranked.snippet.id,
    );
    if (!labelled.expected.some((id) => topThree.includes(id))) {
      misses.push({ subject: labelled.subject, expected: labelled.expected, topThree });
    }
  }
  const hits = tickets.length - misses.length;
  return { tickets: tickets.length, hits, topThreeHitRate: hits / tickets.length, misses };
}
