import { MAX_TAGS } from '../ticket/fields';
import type { Requester, TicketSnapshot } from '../ticket/snapshot';
import type { HelpdeskAdapter } from './adapter';
import { readConversation } from './freshdesk-conversation';
import { allOutsideLog, outsideLog, subjectOf, ticketViewOf } from './freshdesk-page';
import { freshdeskSelectors as selectors } from './freshdesk-selectors';
import { channelFromSource, priorityFromLabel, statusFromLabel } from './freshdesk-values';
import { helpdeskHosts, hostMatches } from './hosts';
import { textOf } from './page-text';

/** `/a/tickets/5123`, also with a query (`?dev=true`) or a sub-path; `/a/tickets/filters/…` is a list. */
const ticketPath = /^\/a\/tickets\/(\d+)(?:\/|$)/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function ticketIdIn(url: URL): string | undefined {
  if (url.protocol !== 'https:') return undefined;
  if (!helpdeskHosts.freshdesk.some((host) => hostMatches(host, url.hostname))) return undefined;
  return ticketPath.exec(url.pathname)?.[1];
}

/** Name, email and phone all come from the contact-details widget, never from CCs or message bodies. */
function requesterIn(view: Element): Requester {
  const email = textOf(outsideLog(view, selectors.requesterEmail));
  return {
    name: textOf(outsideLog(view, selectors.requesterName)),
    email: email && emailPattern.test(email) ? email : undefined,
    phone: textOf(outsideLog(view, selectors.requesterPhone)),
  };
}

function tagsIn(view: Element): string[] {
  const tags = allOutsideLog(view, selectors.tags).map((tag) => textOf(tag, 100));
  return [...new Set(tags.filter((tag): tag is string => tag !== undefined))].slice(0, MAX_TAGS);
}

function viewOfUrl(doc: Document, url: URL): Element | null {
  const ticketId = ticketIdIn(url);
  return ticketId === undefined ? null : ticketViewOf(doc, ticketId);
}

/**
 * Freshdesk's agent UI (the Ember app at `/a/tickets/ID`). The classic UI (`/helpdesk/tickets/ID`)
 * and the customer portal (`/support/tickets/ID`) are other pages this adapter does not read.
 * Times: Freshdesk prints them in the agent's profile zone without an offset, as Salesforce does;
 * they are read through the agent's clock settings (`ExtractContext`) and left out when the page
 * shows only a relative time or a wall time that names no instant or two.
 */
export const freshdesk: HelpdeskAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  hosts: helpdeskHosts.freshdesk,
  matches: (url) => ticketIdIn(url) !== undefined,

  extract(doc, url, context) {
    const ticketId = ticketIdIn(url);
    const view = viewOfUrl(doc, url);
    const heading = view && outsideLog(view, [selectors.subject]);
    const subject = heading && subjectOf(heading);
    // Until the ticket has loaded, its view shows a skeleton without a subject.
    if (!ticketId || !view || !subject) return null;
    const requester = requesterIn(view);
    const { reportedVia, ...conversation } = readConversation(view, context, requester.name);
    const snapshot: TicketSnapshot = {
      helpdesk: 'freshdesk',
      ticketId,
      url: url.href,
      subject,
      requester,
      channel: channelFromSource(reportedVia),
      priority: priorityFromLabel(textOf(outsideLog(view, selectors.priority))),
      status: statusFromLabel(textOf(outsideLog(view, selectors.status))),
      tags: tagsIn(view),
      ...conversation,
    };
    return snapshot;
  },

  ticketRoot: viewOfUrl,

  composer(doc, url) {
    const view = viewOfUrl(doc, url);
    const editor = view && outsideLog(view, selectors.composer);
    return editor instanceof HTMLElement ? editor : null;
  },

  // Freshdesk re-renders the whole ticket view on navigation; the body is the one stable root.
  observedRoot: (doc) => doc.body,
};

/*
 * Test pages (test/fixtures/freshdesk/, read by test/helpdesks/freshdesk.test.ts), each with its
 * URL and the agent's profile clock in its opening comment:
 * - email-ticket.html: email ticket, a reply quoting the history, a private note last; CC,
 *   agent and in-body addresses and the requester's other tickets in the timeline as traps
 * - portal-ticket.html: portal ticket "Waiting on Customer", agent profile in London (24-hour)
 * - chat-ticket.html: chat transcript opened in New York's repeated hour (no createdAt),
 *   "Waiting on Third Party", a mobile number but no email
 * - several-tickets.html: three ticket views in the DOM, two hidden, the URL's one third
 * - loading-ticket.html: the URL's ticket still a skeleton beside the previous, hidden ticket
 * - list-view.html: a ticket list with a hovered preview of a ticket (not a ticket)
 * - hostile-ticket.html: markup in subject, tags and body, forged page markup inside the
 *   message, no contact widget, no priority field
 * Example ticket and non-ticket URLs: test/helpdesks/url-examples.ts.
 */
