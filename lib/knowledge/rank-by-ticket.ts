import type { SearchResult } from 'minisearch';

import type { Snippet } from '../packs/snippet-schema';
import type { TicketSnapshot } from '../ticket/snapshot';
import { bestRanked } from './best-ranked';
import { channelReason, productsReason, tagsReason, termsReason } from './reasons';
import type { Ranked } from './ranked';
import type { KnowledgeIndex } from './search-index';
import { fieldBoosts, onlyAccepted } from './search-index';
import { ticketQueryTerms } from './ticket-query';
import { type TicketSignals, ticketSignals } from './ticket-signals';

/** How much a word counts by where the ticket says it: the subject names the problem best. */
const termWeights = { subject: 2, tags: 1.5, message: 1 };
/** Points on top of the text score (scaled to 0–10) for what the ticket and snippet share. */
const bonus = { tag: 2, product: 2, channel: 1, maxTags: 3, maxProducts: 2 };
/** A snippet written only for other channels still shows, lower down. */
const otherChannelFactor = 0.6;

/** The items also in `others`, each once: a tag a snippet lists twice is one tag shared. */
function shared(items: readonly string[], others: ReadonlySet<string>): string[] {
  return items.filter((item, at) => others.has(item) && items.indexOf(item) === at);
}

/** How many `shared` finds, without making the list: it is asked of every snippet scored. */
function sharedCount(items: readonly string[], others: ReadonlySet<string>): number {
  let count = 0;
  for (let at = 0; at < items.length; at++) {
    if (others.has(items[at]!) && items.indexOf(items[at]!) === at) count += 1;
  }
  return count;
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

  const terms = ticketQueryTerms(weights, index.snippetsWith, index.snippets.length);
  if (terms.length === 0) return [];
  const results = index.search.search(terms.join(' '), {
    boost: fieldBoosts,
    boostTerm: (term) => weights.get(term) ?? 1,
    ...onlyAccepted(accept),
  });
  const best = results[0]?.score ?? 0;
  const mentioned = new Set(signals.products);
  // No snippet can share more tags or products than the ticket has: the tighter the bound on the
  // bonus, the sooner bestRanked stops reading a search that matched thousands of snippets.
  const maxBonus =
    bonus.tag * Math.min(signals.tags.size, bonus.maxTags) +
    bonus.product * Math.min(mentioned.size, bonus.maxProducts) +
    bonus.channel;
  const textScore = (result: SearchResult) => (10 * result.score) / best;
  const score = (result: SearchResult) => {
    const snippet = index.snippets[result.id as number]!;
    const tags = sharedCount(snippet.tags, signals.tags);
    const products = sharedCount(snippet.products, mentioned);
    const channelFits = snippet.channels.length === 0 || snippet.channels.includes(ticket.channel);
    return (
      (textScore(result) +
        bonus.tag * Math.min(tags, bonus.maxTags) +
        bonus.product * Math.min(products, bonus.maxProducts) +
        (snippet.channels.includes(ticket.channel) ? bonus.channel : 0)) *
      (channelFits ? 1 : otherChannelFactor)
    );
  };
  // Reasons are worded only for the suggestions that are shown.
  return bestRanked(results, limit, maxBonus, textScore, score).map(({ candidate: result, score }) => {
    const snippet = index.snippets[result.id as number]!;
    return { snippet, score, reasons: reasonsFor(snippet, result, signals, ticket) };
  });
}
