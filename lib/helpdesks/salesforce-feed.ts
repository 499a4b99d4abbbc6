import { MAX_MESSAGE_TEXT } from '../ticket/fields';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { ExtractContext } from './adapter';
import { attributeOf, multilineTextOf, queryAllFirst, queryFirst, textOf } from './page-text';
import { instantOfLocalText } from './local-time-text';
import { keyPrefixes, keyPrefixOfLink } from './salesforce-record-id';
import { conversationFeedTypes, selectors } from './salesforce-selectors';

export type FeedReading = Pick<
  TicketSnapshot,
  'lastCustomerMessageAt' | 'latestCustomerMessage' | 'lastAgentReplyAt'
>;

const customerPrefixes: readonly string[] = [keyPrefixes.contact, keyPrefixes.lead, keyPrefixes.account];

/**
 * Who wrote a feed item that reached or came from the customer: an agent is a User, a customer
 * a Contact, Lead or person Account. Chatter posts and call logs are internal and count for
 * neither side.
 */
function authorOf(item: Element): 'customer' | 'agent' | undefined {
  const type = item.getAttribute('data-type') ?? '';
  if (!conversationFeedTypes.includes(type)) return undefined;
  const href = queryFirst(item, selectors.feedActor)?.getAttribute('href');
  // Email-to-Case shows a sender no Contact matched as plain text, without a link.
  if (!href) return type === 'EmailMessageEvent' ? 'customer' : undefined;
  const prefix = keyPrefixOfLink(href);
  if (prefix === keyPrefixes.user) return 'agent';
  return prefix && customerPrefixes.includes(prefix) ? 'customer' : undefined;
}

/** The item's time when the feed shows it in full (a `title`, or old items' text); "1h ago" gives none. */
function timeOf(item: Element, context: ExtractContext): string | undefined {
  const timestamp = queryFirst(item, selectors.feedTimestamp);
  return (
    instantOfLocalText(attributeOf(timestamp, 'title'), context) ??
    instantOfLocalText(textOf(timestamp), context)
  );
}

/**
 * The newest customer message and the newest public agent reply in a Case record page's feed,
 * which lists newest first. An item whose time is shown only relatively keeps its time undefined:
 * an older item's time would be a wrong answer.
 */
export function readCaseFeed(recordPage: Element, context: ExtractContext): FeedReading {
  let customerItem: Element | undefined;
  let agentItem: Element | undefined;
  for (const item of queryAllFirst(recordPage, selectors.feedItem)) {
    const author = authorOf(item);
    if (author === 'customer') customerItem ??= item;
    if (author === 'agent') agentItem ??= item;
    if (customerItem && agentItem) break;
  }
  return {
    latestCustomerMessage:
      customerItem && multilineTextOf(queryFirst(customerItem, selectors.feedBody), MAX_MESSAGE_TEXT),
    lastCustomerMessageAt: customerItem && timeOf(customerItem, context),
    lastAgentReplyAt: agentItem && timeOf(agentItem, context),
  };
}
