import type { TicketSnapshot } from '../ticket/snapshot';
import type { HelpdeskAdapter } from './adapter';
import { helpdeskHosts, hostMatches } from './hosts';
import { caseNumberOf, fieldTextOf, fieldValueOf, requesterOf } from './salesforce-case-page';
import { focusedCaseRecordPage, workspaceManagerOf } from './salesforce-console';
import { readCaseFeed } from './salesforce-feed';
import { instantOfLocalText } from './local-time-text';
import { caseLocationOf } from './salesforce-record-id';
import { queryFirst, textOf } from './page-text';
import { caseFieldLabels, selectors } from './salesforce-selectors';
import { channelOf, priorityOf, statusOf } from './salesforce-values';

/** The snapshot schema's bound on `ticketId`; a longer "Case Number" is not one. */
const MAX_CASE_NUMBER = 40;

function isSalesforceHost(url: URL): boolean {
  return (
    url.protocol === 'https:' && helpdeskHosts.salesforce.some((host) => hostMatches(host, url.hostname))
  );
}

/**
 * The focused Case's record page in the active console workspace: hidden but still rendered
 * while a Contact or Account subtab of the Case is focused.
 */
function recordPageOf(doc: Document, url: URL): Element | null {
  const location = caseLocationOf(url);
  return (location && focusedCaseRecordPage(doc, location, url)) ?? null;
}

/**
 * Salesforce Lightning Service Console. A ticket is a Case: its record page, its related lists,
 * or any subtab (Contact, Account) of a Case workspace, whose URL keeps the Case in `ws`.
 *
 * Classic URLs (`https://ORG.my.salesforce.com/500…`) are not tickets: Salesforce Classic is a
 * different page this adapter does not read, and Lightning-enabled orgs redirect them to
 * `/lightning/r/Case/…/view`, which is.
 */
export const salesforce: HelpdeskAdapter = {
  id: 'salesforce',
  name: 'Salesforce',
  hosts: helpdeskHosts.salesforce,

  matches(url) {
    return isSalesforceHost(url) && caseLocationOf(url) !== undefined;
  },

  extract(doc, url, context) {
    const location = caseLocationOf(url);
    const recordPage = location && focusedCaseRecordPage(doc, location, url);
    if (!location || !recordPage) return null;
    const caseNumber = caseNumberOf(recordPage);
    const subjectValue = fieldValueOf(recordPage, caseFieldLabels.subject);
    // Until the highlights and fields render (loading skeleton) the Case cannot be named.
    if (!caseNumber || caseNumber.length > MAX_CASE_NUMBER || !subjectValue) return null;
    const snapshot: TicketSnapshot = {
      helpdesk: 'salesforce',
      ticketId: caseNumber,
      recordId: location.focusedCaseId,
      url: url.href,
      subject: textOf(subjectValue) ?? '',
      requester: requesterOf(recordPage),
      channel: channelOf(fieldTextOf(recordPage, caseFieldLabels.origin)),
      priority: priorityOf(fieldTextOf(recordPage, caseFieldLabels.priority)),
      status: statusOf(fieldTextOf(recordPage, caseFieldLabels.status)),
      // Salesforce Cases have no tags.
      tags: [],
      createdAt: instantOfLocalText(fieldTextOf(recordPage, caseFieldLabels.opened), context),
      ...readCaseFeed(recordPage, context),
    };
    return snapshot;
  },

  ticketRoot: recordPageOf,

  composer(doc, url) {
    // With a Contact or Account subtab focused, the Case page (and its publisher) is hidden.
    if (!/^\/lightning\/r\/(?:Case\/)?500/.test(url.pathname)) return null;
    const recordPage = recordPageOf(doc, url);
    const editor = recordPage && queryFirst(recordPage, selectors.composer);
    return editor instanceof HTMLElement ? editor : null;
  },

  observedRoot(doc) {
    return workspaceManagerOf(doc) ?? doc.body;
  },
};

/*
 * Test pages (test/fixtures/salesforce/), each with its URL in its opening comment:
 * - email-case.html: Email Case focused, another workspace behind it; feed with an internal post
 * - phone-case.html: Phone Case, agent profile in Europe/Berlin with day-first dates
 * - chat-case.html: Chat Case opened in a daylight-saving overlap (no createdAt)
 * - several-workspaces.html: three workspaces, the active one last in the DOM; Web-to-Case without a Contact
 * - contact-subtab.html: the Case's Contact subtab focused (`ws=` with a 15-character id)
 * - loading-case.html: a newly opened Case still showing its skeleton (null)
 * - list-view.html: the Case list view with Case workspaces open behind it (no ticket)
 * - hostile-case.html: markup in the subject and message, no Contact, no Priority
 * Example ticket and non-ticket URLs: test/helpdesks/url-examples.ts.
 */
