import { MAX_MESSAGE_TEXT } from '../ticket/fields';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { ExtractContext } from './adapter';
import { freshdeskSelectors as selectors } from './freshdesk-selectors';
import { clip, foldSpace, textOf } from './page-text';
import { instantOfLocalText } from './local-time-text';

export type ConversationReading = Pick<
  TicketSnapshot,
  'createdAt' | 'lastCustomerMessageAt' | 'latestCustomerMessage' | 'lastAgentReplyAt'
> & {
  /** What follows "reported via" in the description's header ("email 2 days ago (…)"). */
  reportedVia?: string;
};

interface Entry {
  element: Element;
  /** ISO instant, when the header prints a full date the agent's clock settings can place. */
  at: string | undefined;
}

/** Text not to read as the customer's words: the quoted history under a reply, and any code. */
const unread = `${selectors.quote}, script, style, template`;

/** Entries of the log itself; an "entry" inside a message body is content someone pasted. */
function entriesOf(view: Element): Element[] {
  return [...view.querySelectorAll(selectors.item)].filter(
    (entry) => !entry.parentElement?.closest(selectors.item),
  );
}

function headerOf(entry: Element): string {
  // The header comes before the body, so a look-alike inside the body is never the one found.
  return textOf(entry.querySelector(selectors.itemHeader), 2000) ?? '';
}

/**
 * Freshdesk prints "3 hours ago (Tue, 3 Nov 2026 at 8:47 AM)" in the agent's profile zone
 * without an offset; only the last parenthesised full date is read (a sender's name may hold
 * parentheses too), through the agent's clock settings.
 */
function timeOf(entry: Element, context: ExtractContext): string | undefined {
  const dated = [...headerOf(entry).matchAll(/\(([^()]*\d{4}[^()]*)\)/g)].pop();
  return instantOfLocalText(dated?.[1], context);
}

function authorOf(entry: Element, requesterName: string | undefined): 'customer' | 'agent' | 'note' {
  if (entry.matches(selectors.privateNote)) return 'note';
  if (entry.matches(selectors.requesterItem)) return 'customer';
  const sender = textOf(entry.querySelector(selectors.sender));
  return sender !== undefined && sender === requesterName ? 'customer' : 'agent';
}

/** A message's text with its paragraphs, without the quoted history, read no further than needed. */
function messageOf(entry: Element): string | undefined {
  const body = entry.querySelector(selectors.itemBody);
  if (!body) return undefined;
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === 1 && (node as Element).matches(unread)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let raw = '';
  while (raw.length < MAX_MESSAGE_TEXT * 4 && walker.nextNode()) {
    if (walker.currentNode.nodeType === 3)
      raw += (walker.currentNode.nodeValue ?? '').slice(0, MAX_MESSAGE_TEXT * 4);
  }
  const text = raw
    .split(/\n\s*\n/)
    .map(foldSpace)
    .filter(Boolean)
    .join('\n\n');
  return text ? clip(text, MAX_MESSAGE_TEXT) : undefined;
}

/** Later by time when both entries have one, else by page order (Freshdesk lists oldest first). */
function isLater(candidate: Entry, best: Entry | undefined): boolean {
  return !best || !candidate.at || !best.at || Date.parse(candidate.at) >= Date.parse(best.at);
}

/**
 * Reads the ticket's conversation: when it was reported and how, the newest customer message,
 * and the newest public reply. Private notes count for neither side. A latest entry whose time
 * cannot be placed keeps its time undefined: an older entry's time would be a wrong answer.
 */
export function readConversation(
  view: Element,
  context: ExtractContext,
  requesterName: string | undefined,
): ConversationReading {
  let customer: Entry | undefined;
  let agent: Entry | undefined;
  let description: Entry | undefined;
  for (const element of entriesOf(view)) {
    const author = authorOf(element, requesterName);
    const isDescription = !description && element.matches(selectors.description);
    if (author === 'note' && !isDescription) continue;
    const entry: Entry = { element, at: timeOf(element, context) };
    if (isDescription) description = entry;
    if (author === 'customer' && isLater(entry, customer)) customer = entry;
    if (author === 'agent' && isLater(entry, agent)) agent = entry;
  }
  return {
    reportedVia: description && /\breported via\s+(.+)/i.exec(headerOf(description.element))?.[1],
    createdAt: description?.at,
    lastCustomerMessageAt: customer?.at,
    latestCustomerMessage: customer && messageOf(customer.element),
    lastAgentReplyAt: agent?.at,
  };
}
