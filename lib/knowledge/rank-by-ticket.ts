import type { SearchResult } from 'minisearch';

import type { Snippet } from '../packs/snippet-schema';
import type { TicketSnapshot } from '../ticket/snapshot';
import { channelReason, productsReason, tagsReason, termsReason } from './reasons';
import type { Ranked } from './ranked';
import type { KnowledgeIndex } from './search-index';
import { fieldBoosts } from './search-index';
import { type TicketSignals, ticketSignals } from './ticket-signals';

/** How much a word counts by where the ticket says it: the subject names the problem best. */
const termWeights = { subject: 2, tags: 1.5, message: 1 };
/** Points on top of the text score (scaled to 0–10) for what the ticket and snippet share. */
const bonus = { tag: 2, product: 2, channel: 1, maxTags: 3, maxProducts: 2 };
/** A snippet written only for other channels still shows, lower down. */
const otherChannelFactor = 0.6;

function shared(items: readonly string[], others: ReadonlySet<string>): string[] {
  return items.filter((item) => others.has(item));
}

function termWeightsOf(signals: TicketSignals): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [terms, weight] of [
    [signals.messageTerms, termWeights.message],
    [signals.tagTerms, termWeights.tags],
    [signals.subjectTerms, termWeights.subject],
  ] as const) {
    for (const term of terms) weights.set(term, Math.max(weight, weights.get(term) ?? 0));
  }
  return weights;
}

/**
 * Whether a ticket word matched the snippet's title, tags, category or products rather than only
 * its body text: those are the words worth quoting on the card ("refund", not "goes").
 */
function headlineTerms(result: SearchResult): (term: string) => boolean {
  const headline = Object.entries(result.match)
    .filter(([, fields]) => fields.some((field) => field !== 'body'))
    .map(([term]) => term);
  return (term) => headline.some((matched) => matched.startsWith(term));
}

function reasonsFor(
  snippet: Snippet,
  result: SearchResult,
  signals: TicketSignals,
  ticket: TicketSnapshot,
): string[] {
  const subject = new Set(signals.subjectTerms);
  const headline = headlineTerms(result);
  const inSubject = result.queryTerms.filter((term) => subject.has(term));
  const strongInSubject = inSubject.filter(headline);
  const inMessage = result.queryTerms.filter(
    (term) => !subject.has(term) && signals.messageTerms.includes(term) && headline(term),
  );
  return [
    ...termsReason(strongInSubject.length > 0 ? strongInSubject : inSubject.slice(0, 2), 'in the subject'),
    ...termsReason(inMessage, "in the customer's message"),
    ...tagsReason(shared(snippet.tags, signals.tags)),
    ...productsReason(shared(snippet.products, new Set(signals.products))),
    ...channelReason(snippet, ticket.channel),
  ];
}

/** Ranks snippets for the ticket alone, as the agent opens it, before any typing. */
export function rankByTicket(
  index: KnowledgeIndex,
  ticket: TicketSnapshot,
  accept: (position: number) => boolean,
  limit: number,
): Ranked[] {
  const signals = ticketSignals(ticket, index.productIds);
  const weights = termWeightsOf(signals);
  if (weights.size === 0) return [];

  const results = index.search.search([...weights.keys()].join(' '), {
    boost: fieldBoosts,
    boostTerm: (term) => weights.get(term) ?? 1,
    prefix: (term) => term.length >= 5,
    filter: (result) => accept(result.id as number),
  });
  const best = results[0]?.score ?? 0;
  const mentioned = new Set(signals.products);
  const scored = results.map((result) => {
    const snippet = index.snippets[result.id as number]!;
    const tags = shared(snippet.tags, signals.tags).length;
    const products = shared(snippet.products, mentioned).length;
    const channelFits = snippet.channels.length === 0 || snippet.channels.includes(ticket.channel);
    const score =
      ((10 * result.score) / best +
        bonus.tag * Math.min(tags, bonus.maxTags) +
        bonus.product * Math.min(products, bonus.maxProducts) +
        (snippet.channels.includes(ticket.channel) ? bonus.channel : 0)) *
      (channelFits ? 1 : otherChannelFactor);
    return { snippet, result, score };
  });
  // Reasons are worded only for the suggestions that are shown.
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ snippet, result, score }) => ({
      snippet,
      score,
      reasons: reasonsFor(snippet, result, signals, ticket),
    }));
}
