import { MAX_MESSAGE_TEXT } from '../ticket/fields';
import { attributeOf, instantFromAttribute, multilineTextOf, queryFirst } from './page-text';
import { zendeskSelectors } from './zendesk-selectors';

const { log } = zendeskSelectors;

type Author = 'end-user' | 'agent' | 'bot' | 'internal';

interface LogItem {
  /** ISO instant, only when the page gives one with an offset. */
  at: string | undefined;
  article: Element;
}

export interface ConversationTimes {
  /** The earliest item, when the whole log is on the page. */
  firstItemAt?: string;
  lastCustomerMessageAt?: string;
  latestCustomerMessage?: string;
  lastAgentReplyAt?: string;
}

const authors: readonly string[] = ['end-user', 'agent', 'bot', 'internal'];

function authorOf(article: Element): Author | undefined {
  const type = article.querySelector(log.message)?.getAttribute('type');
  if (!type || !authors.includes(type)) return undefined;
  // An agent's note is marked by its tag even where the message type still says "agent".
  if (article.querySelector(log.internalNoteTag)) return 'internal';
  return type as Author;
}

function isLater(candidate: LogItem, best: LogItem | undefined): boolean {
  if (!best) return true;
  if (!candidate.at || !best.at) return !best.at; // in page order, the log runs oldest to newest
  return Date.parse(candidate.at) >= Date.parse(best.at);
}

/**
 * Reads the ticket's conversation log. Only machine-readable instants count; items come in
 * any order, so "latest" is decided by time, falling back to page order where times are missing.
 */
export function readConversation(layout: Element): ConversationTimes {
  let earliest: string | undefined;
  let latestCustomer: LogItem | undefined;
  let latestAgent: LogItem | undefined;
  for (const article of layout.querySelectorAll(log.item)) {
    const author = authorOf(article);
    if (!author) continue;
    const item: LogItem = {
      at: instantFromAttribute(attributeOf(queryFirst(article, log.time), 'datetime')),
      article,
    };
    if (item.at && (!earliest || Date.parse(item.at) < Date.parse(earliest))) earliest = item.at;
    if (author === 'end-user' && isLater(item, latestCustomer)) latestCustomer = item;
    // Internal notes and bot answers are not replies to the customer.
    if (author === 'agent' && item.at && isLater(item, latestAgent)) latestAgent = item;
  }
  const wholeLogShown = !layout.querySelector(log.showMore);
  return {
    firstItemAt: wholeLogShown ? earliest : undefined,
    lastCustomerMessageAt: latestCustomer?.at,
    latestCustomerMessage:
      latestCustomer && multilineTextOf(queryFirst(latestCustomer.article, log.body), MAX_MESSAGE_TEXT),
    lastAgentReplyAt: latestAgent?.at,
  };
}
