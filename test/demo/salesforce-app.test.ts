// @vitest-environment-options { "url": "https://northwind.lightning.force.com/" }
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import type { ExtractContext } from '../../lib/helpdesks/adapter';
import { extractTicket, readPage } from '../../lib/helpdesks/index';
import { dateOrderOf } from '../../lib/time/local-date-text';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { caseLoadingMs, startSalesforceConsole } from '../../scripts/demo/salesforce/console-app';

/** The demo prints times in the browser's own zone and locale order, so the adapter reads them with the same. */
const browserContext: ExtractContext = {
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  dateOrder: dateOrderOf(Intl.DateTimeFormat().resolvedOptions().locale),
};
const pageLoadedAt = Date.parse('2024-10-15T18:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(pageLoadedAt - minutes * 60_000).toISOString();

const grace = { name: 'Grace Liu', email: 'grace.liu@example.net', phone: '+1 206 555 0178' };

const expectedCases: Record<string, Omit<TicketSnapshot, 'url'>> = {
  '00104217': {
    helpdesk: 'salesforce',
    ticketId: '00104217',
    recordId: '5005g00000Qm7XyAAJ',
    subject: 'Shipping delay for Mesh Extender order',
    requester: grace,
    channel: 'email',
    priority: 'high',
    status: 'open',
    tags: [],
    createdAt: minutesAgo(300),
    lastCustomerMessageAt: minutesAgo(300),
    latestCustomerMessage:
      'My Mesh Extender order SO-44120 was due on Monday and tracking has not moved for four days. Can you tell me where it is?',
    lastAgentReplyAt: minutesAgo(240),
  },
  // The call itself is the agent's call log, an internal item: no customer message.
  '00104221': {
    helpdesk: 'salesforce',
    ticketId: '00104221',
    recordId: '5005g00000Qm7Y3AAJ',
    subject: 'Return request: damaged router on arrival',
    requester: { name: 'Omar Haddad', email: 'omar.haddad@example.com', phone: '+1 312 555 0199' },
    channel: 'phone',
    priority: 'normal',
    status: 'new',
    tags: [],
    createdAt: minutesAgo(45),
  },
  '00104225': {
    helpdesk: 'salesforce',
    ticketId: '00104225',
    recordId: '5005g00000Qm7Y8AAJ',
    subject: 'Upgrade to Fibre 500 plan',
    requester: { name: 'Maya Okafor', email: 'maya.okafor@example.com', phone: '+1 415 555 0143' },
    channel: 'web',
    priority: 'low',
    status: 'new',
    tags: [],
    createdAt: minutesAgo(600),
    lastCustomerMessageAt: minutesAgo(600),
    latestCustomerMessage:
      'I would like to upgrade from Fibre 100 to Fibre 500. Is there an installation fee, and can I keep my current router?',
  },
  // The chat lives in its transcript record, not in the case feed.
  '00104230': {
    helpdesk: 'salesforce',
    ticketId: '00104230',
    recordId: '5005g00000Qm7YDAAZ',
    subject: 'Billing address change after move',
    requester: grace,
    channel: 'chat',
    priority: 'normal',
    status: 'open',
    tags: [],
    createdAt: minutesAgo(70),
  },
};

let controller: AbortController;

beforeEach(() => {
  vi.useFakeTimers({ now: pageLoadedAt, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  controller = new AbortController();
  document.body.replaceChildren();
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function startAt(path: string): void {
  history.replaceState(null, '', path);
  startSalesforceConsole(controller.signal);
}

function readTicket(): TicketSnapshot | null {
  return extractTicket(document, location.href, browserContext);
}

function click(selector: string): void {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  element.click();
}

const activeWorkspace = 'div.split-right > section.oneConsoleTab.active';

describe.each(Object.entries(expectedCases))('loading Case %s directly', (caseNumber, expected) => {
  test('shows the skeleton, then the Case the adapter reads in full', () => {
    startAt(`/lightning/r/Case/${expected.recordId}/view`);
    expect(readPage(document, location.href, browserContext)?.kind).toBe('unreadable');
    vi.advanceTimersByTime(caseLoadingMs);
    expect(readTicket()).toEqual({ ...expected, url: location.href });
    expect(document.title).toBe(`${caseNumber} | Case | Salesforce`);
  });
});

describe('navigating the console', () => {
  test('/ lands on the list view, which is no ticket', () => {
    startAt('/');
    expect(location.pathname + location.search).toBe('/lightning/o/Case/list?filterName=Recent');
    expect(readPage(document, location.href, browserContext)?.kind).toBe('no-ticket');
  });

  test('opening Cases from the list, switching tabs, focusing the Contact subtab and going back', () => {
    startAt('/lightning/o/Case/list?filterName=Recent');
    click('table a[title="00104217"]');
    vi.advanceTimersByTime(caseLoadingMs);
    expect(readTicket()?.ticketId).toBe('00104217');

    click('ul.tabBarItems.slds-grid a[title="Cases"]');
    click('table a[title="00104221"]');
    vi.advanceTimersByTime(caseLoadingMs);
    expect(readTicket()).toEqual({ ...expectedCases['00104221'], url: location.href });
    expect(document.querySelectorAll('div.split-right > section.oneConsoleTab')).toHaveLength(3);

    click('ul.tabBarItems.slds-grid a[title="00104217"]');
    expect(location.pathname).toBe('/lightning/r/Case/5005g00000Qm7XyAAJ/view');
    expect(readTicket()).toEqual({ ...expectedCases['00104217'], url: location.href });

    click(`${activeWorkspace} ul.tabBarItems a[title="Grace Liu"]`);
    expect(location.pathname + location.search).toBe(
      '/lightning/r/Contact/0035g00000LkT2bAAF/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000Qm7XyAAJ%2Fview',
    );
    expect(readTicket()).toEqual({ ...expectedCases['00104217'], url: location.href });

    history.replaceState(null, '', '/lightning/r/Case/5005g00000Qm7Y3AAJ/view');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(readTicket()).toEqual({ ...expectedCases['00104221'], url: location.href });
  });

  test('closing the focused tab focuses its neighbour', () => {
    startAt('/lightning/r/Case/5005g00000Qm7XyAAJ/view');
    vi.advanceTimersByTime(caseLoadingMs);
    click('ul.tabBarItems.slds-grid a[title="Cases"]');
    click('table a[title="00104230"]');
    vi.advanceTimersByTime(caseLoadingMs);
    click('button[title="Close 00104230"]');
    expect(location.pathname).toBe('/lightning/r/Case/5005g00000Qm7XyAAJ/view');
    expect(readTicket()?.ticketId).toBe('00104217');
    click('button[title="Close 00104217"]');
    expect(readPage(document, location.href, browserContext)?.kind).toBe('no-ticket');
  });

  test('a reloaded Contact subtab URL opens its Case workspace with the Contact focused', () => {
    startAt(
      '/lightning/r/Contact/0035g00000LkT2bAAF/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000Qm7YDAAZ%2Fview',
    );
    vi.advanceTimersByTime(caseLoadingMs);
    expect(document.querySelector(`${activeWorkspace} a[aria-selected="true"]`)?.getAttribute('title')).toBe(
      'Grace Liu',
    );
    expect(readTicket()).toEqual({ ...expectedCases['00104230'], url: location.href });
  });
});
