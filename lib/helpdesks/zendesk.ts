import type { Requester, TicketSnapshot } from '../ticket/snapshot';
import { MAX_TAGS } from '../ticket/fields';
import type { HelpdeskAdapter } from './adapter';
import { helpdeskHosts, hostMatches } from './hosts';
import { attributeOf, clip, foldSpace, queryAllFirst, queryFirst, textOf } from './page-text';
import { readConversation } from './zendesk-conversation';
import { zendeskSelectors as selectors } from './zendesk-selectors';
import { channelFromVia, priorityFromLabel, statusFromLabel } from './zendesk-values';

/** `/agent/tickets/48213`, also with a sub-path or `?comment=`; `/agent/tickets/new/1` has no id yet. */
const ticketPath = /^\/agent\/tickets\/(\d+)(?:\/|$)/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TAG_TEXT = 100;

function ticketIdIn(url: URL): string | undefined {
  if (url.protocol !== 'https:') return undefined;
  if (!helpdeskHosts.zendesk.some((host) => hostMatches(host, url.hostname))) return undefined;
  return ticketPath.exec(url.pathname)?.[1];
}

function isHiddenByStyle(element: Element): boolean {
  return /display:\s*none/.test(element.getAttribute('style') ?? '');
}

/**
 * The ticket id the selected header tab names: undefined when no tab is selected (the header is
 * not drawn), null when the selected tab is no ticket (a user or organization tab).
 */
function selectedTabTicketId(doc: Document): string | null | undefined {
  const tab = queryFirst(doc, selectors.selectedTab);
  if (!tab) return undefined;
  const entityType = tab.getAttribute('data-entity-type');
  if (entityType !== null && !/ticket/i.test(entityType)) return null;
  const entityId = tab.getAttribute('data-entity-id');
  if (entityId) return entityId;
  return /^#(\d+)$/.exec(textOf(queryFirst(tab, selectors.tabSubtitle)) ?? '')?.[1] ?? null;
}

/** The ticket's own visible layout; hidden tabs keep theirs in the DOM (research §2.3). */
function activeLayout(doc: Document, ticketId: string): Element | null {
  const layout = queryFirst(doc, selectors.activeLayout(ticketId));
  if (layout) {
    const workspace = layout.closest(selectors.workspace);
    return workspace && isHiddenByStyle(workspace) ? null : layout;
  }
  for (const anchor of queryAllFirst(doc, selectors.conversationAnchor(ticketId))) {
    const workspace = anchor.closest(selectors.workspace);
    if (workspace && !isHiddenByStyle(workspace)) return workspace;
  }
  return null;
}

/** The live value (what the agent may be editing), else the value the page was drawn with. */
function subjectOf(field: Element): string {
  const live = (field as Partial<HTMLInputElement>).value;
  const text = (typeof live === 'string' && live) || field.getAttribute('value') || '';
  return clip(foldSpace(text));
}

/** Email and phone come from the customer-context panel only: never CCs, the agent, or message bodies. */
function requesterIn(layout: Element): Requester {
  const nameElement = queryFirst(layout, selectors.requesterName);
  const context = queryFirst(layout, selectors.customerContext);
  const email = context ? textOf(queryFirst(context, selectors.requesterEmail)) : undefined;
  return {
    name: attributeOf(nameElement, 'title') ?? textOf(nameElement),
    email: email && emailPattern.test(email) ? email : undefined,
    phone: context ? textOf(queryFirst(context, selectors.requesterPhone)) : undefined,
  };
}

function tagsIn(layout: Element): string[] {
  const tags = queryAllFirst(layout, selectors.tags).map((tag) => textOf(tag, MAX_TAG_TEXT));
  return [...new Set(tags.filter((tag): tag is string => tag !== undefined))].slice(0, MAX_TAGS);
}

/** The active ticket's layout, once the URL and the selected tab agree on which ticket that is. */
function layoutOfUrlTicket(doc: Document, ticketId: string): Element | null {
  // Mid-switch the URL and the selected tab can disagree for a moment: read nothing until they agree.
  const tabTicketId = selectedTabTicketId(doc);
  if (tabTicketId !== undefined && tabTicketId !== ticketId) return null;
  return activeLayout(doc, ticketId);
}

/** The layout (or, before 2024, the workspace) of the ticket the URL names, once it is the one shown. */
function ticketRoot(doc: Document, url: URL): Element | null {
  const ticketId = ticketIdIn(url);
  return ticketId === undefined ? null : layoutOfUrlTicket(doc, ticketId);
}

function extract(doc: Document, url: URL): TicketSnapshot | null {
  const ticketId = ticketIdIn(url);
  const layout = ticketRoot(doc, url);
  const subjectField = layout && queryFirst(layout, selectors.subject);
  if (!ticketId || !layout || !subjectField) return null;

  const channel = channelFromVia(textOf(queryFirst(layout, selectors.viaLabel)));
  const conversation = readConversation(layout);
  // Messaging and voice logs open with the bot or IVR transcript, which predates the ticket.
  const logOpensWithRequest = channel === 'email' || channel === 'web';
  return {
    helpdesk: 'zendesk',
    ticketId,
    url: url.href,
    subject: subjectOf(subjectField),
    requester: requesterIn(layout),
    channel,
    priority: priorityFromLabel(textOf(queryFirst(layout, selectors.priority))),
    status: statusFromLabel(textOf(queryFirst(layout, selectors.status))),
    tags: tagsIn(layout),
    createdAt: logOpensWithRequest ? conversation.firstItemAt : undefined,
    lastCustomerMessageAt: conversation.lastCustomerMessageAt,
    lastAgentReplyAt: conversation.lastAgentReplyAt,
    latestCustomerMessage: conversation.latestCustomerMessage,
  };
}

export const zendesk: HelpdeskAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  hosts: helpdeskHosts.zendesk,
  matches: (url) => ticketIdIn(url) !== undefined,
  extract,
  ticketRoot,
  composer(doc, url) {
    const layout = ticketRoot(doc, url);
    const editor = layout && queryFirst(layout, selectors.composer);
    return editor instanceof HTMLElement ? editor : null;
  },
  observedRoot: (doc) => queryFirst(doc, selectors.observedRoot) ?? doc.body,
};

/*
 * Test pages (test/fixtures/zendesk/, read by test/helpdesks/zendesk.test.ts):
 * - email-ticket.html: 2025 UI, email ticket with CC, agent and in-body addresses as traps
 * - phone-ticket.html: incoming call with a caller number inside the voice comment
 * - messaging-ticket.html: WhatsApp conversation opened by a bot transcript
 * - several-tabs.html: four tabs (one a user profile); the active ticket is third in the DOM
 * - loading-ticket.html: the URL's ticket is a skeleton while another ticket is fully drawn
 * - view-page.html: a view with ticket tabs open behind it (not a ticket)
 * - hostile-ticket.html: markup in subject and body, no requester or priority
 * - web-form-2022.html: 2021–23 tab list and workspaces, On-hold status, no priority
 * - lotus-2020.html: pre-2021 tab strip, subject input and tag menu
 * - renamed-priority-attribute.html: email-ticket.html after a redesign renamed the priority
 *   field's test id (no priority; test/helpdesks/rules/overrides.test.ts reads it with a pack override)
 * Example ticket and non-ticket URLs: test/helpdesks/url-examples.ts.
 */
