import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { zendeskTickets } from '../../scripts/demo/data';
import { mountZendeskDemo, TICKET_LOADING_MS } from '../../scripts/demo/zendesk/app';
import { extractTicket, readPage, type ExtractContext } from '../../lib/helpdesks/index';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';

const origin = 'https://northwind.zendesk.com';
const context: ExtractContext = { timeZone: 'Europe/London', dateOrder: 'dmy' };
const loadedAt = Date.parse('2026-11-04T15:00:00Z');
const minutesAgo = (minutes: number) => new Date(loadedAt - minutes * 60_000).toISOString();

/** Happy DOM's own hook for moving the test page to another origin, which `history` refuses. */
function openPage(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

let demo: { stop(): void } | undefined;

function start(url: string): void {
  openPage(url);
  document.body.replaceChildren();
  demo = mountZendeskDemo(document.body, loadedAt);
}

function click(selector: string): void {
  const target = document.querySelector(selector);
  if (!(target instanceof HTMLElement)) throw new Error(`Nothing to click at ${selector}`);
  target.click();
}

const read = () => extractTicket(document, location.href, context);

const refundTicket: TicketSnapshot = {
  helpdesk: 'zendesk',
  ticketId: '4512',
  url: `${origin}/agent/tickets/4512`,
  subject: 'Refund for double charge on November invoice',
  requester: { name: 'Maya Okafor', email: 'maya.okafor@example.com', phone: '+1 415 555 0143' },
  channel: 'email',
  priority: 'high',
  status: 'open',
  tags: ['billing', 'refund', 'invoice'],
  createdAt: minutesAgo(190),
  lastCustomerMessageAt: minutesAgo(35),
  lastAgentReplyAt: minutesAgo(150),
  latestCustomerMessage:
    'Thanks Sam. Could you confirm the refund goes back to the card ending 4417 and not to account credit?',
};

const wifiTicket: TicketSnapshot = {
  helpdesk: 'zendesk',
  ticketId: '4519',
  url: `${origin}/agent/tickets/4519`,
  subject: 'Router keeps dropping Wi-Fi every evening',
  requester: { name: 'Daniel Reyes', phone: '+44 7700 900123' },
  channel: 'messaging',
  priority: 'normal',
  status: 'open',
  tags: ['wifi', 'router_x2', 'connectivity'],
  lastCustomerMessageAt: minutesAgo(12),
  lastAgentReplyAt: minutesAgo(80),
  latestCustomerMessage: 'It says 2.4.1. Signal upstairs is still weak',
};

beforeEach(() => {
  vi.useFakeTimers({ now: loadedAt });
});

afterEach(() => {
  demo?.stop();
  vi.useRealTimers();
});

describe('demo Zendesk app', () => {
  test('a ticket URL loaded directly shows the skeleton, then the ticket the adapter reads', () => {
    start(`${origin}/agent/tickets/4512`);
    expect(read()).toBeNull();
    vi.advanceTimersByTime(TICKET_LOADING_MS);
    expect(read()).toEqual(refundTicket);
  });

  test.each([
    [4512, 'email', 'high', 'open', minutesAgo(190)],
    [4519, 'messaging', 'normal', 'open', undefined],
    [4498, 'web', 'low', 'pending', minutesAgo(1460)],
    [4527, 'email', 'urgent', 'new', minutesAgo(22)],
    [4530, 'phone', 'high', 'open', undefined],
  ] as const)('ticket %i is read as %s, %s, %s', (id, channel, priority, status, createdAt) => {
    const data = zendeskTickets.find((ticket) => ticket.id === id);
    start(`${origin}/agent/tickets/${id}`);
    vi.advanceTimersByTime(TICKET_LOADING_MS);
    expect(read()).toMatchObject({
      ticketId: String(id),
      subject: data?.subject,
      channel,
      priority,
      status,
      tags: data?.tags,
    });
    expect(read()?.createdAt).toBe(createdAt);
  });

  test('the root redirects to the view, which is no ticket even with a tab open behind it', () => {
    start(`${origin}/`);
    expect(location.pathname).toBe('/agent/filters/360001');
    expect(readPage(document, location.href, context)?.kind).toBe('no-ticket');

    click('a[data-test-id="ticket-title-link"][href="/agent/tickets/4512"]');
    vi.advanceTimersByTime(TICKET_LOADING_MS);
    click('a[data-test-id="main-nav-views"]');
    expect(location.pathname).toBe('/agent/filters/360001');
    expect(readPage(document, location.href, context)?.kind).toBe('no-ticket');
    expect(extractTicket(document, `${origin}/agent/tickets/4512`, context)).toBeNull();
  });

  test('opening from the view, switching tabs and going back read the ticket on screen', () => {
    start(`${origin}/agent/filters/360001`);
    click('a[data-test-id="ticket-title-link"][href="/agent/tickets/4512"]');
    expect(location.pathname).toBe('/agent/tickets/4512');
    vi.advanceTimersByTime(TICKET_LOADING_MS);
    expect(read()).toEqual(refundTicket);

    click('a[data-test-id="main-nav-views"]');
    click('a[data-test-id="ticket-title-link"][href="/agent/tickets/4519"]');
    expect(read()).toBeNull();
    vi.advanceTimersByTime(TICKET_LOADING_MS);
    expect(read()).toEqual(wifiTicket);

    click('a[data-test-id="header-tab"][data-entity-id="4512"]');
    expect(location.pathname).toBe('/agent/tickets/4512');
    expect(read()).toEqual(refundTicket);
    expect(document.querySelectorAll('[data-test-id="header-tab"]')).toHaveLength(2);

    history.back();
    expect(location.pathname).toBe('/agent/tickets/4519');
    expect(read()).toEqual(wifiTicket);
  });

  test('closing the active tab moves to the remaining one; closing the last returns to the view', () => {
    start(`${origin}/agent/tickets/4512`);
    vi.advanceTimersByTime(TICKET_LOADING_MS);
    click('a[data-test-id="main-nav-views"]');
    click('a[data-test-id="ticket-title-link"][href="/agent/tickets/4527"]');
    vi.advanceTimersByTime(TICKET_LOADING_MS);

    click('[data-ticket-id="4527"] [data-test-id="close-button"]');
    expect(location.pathname).toBe('/agent/tickets/4512');
    expect(read()).toEqual(refundTicket);
    expect(document.querySelector('[data-test-id="ticket-4527-workspace"]')).toBeNull();

    click('[data-ticket-id="4512"] [data-test-id="close-button"]');
    expect(location.pathname).toBe('/agent/filters/360001');
    expect(document.querySelectorAll('[data-test-id="header-tab"]')).toHaveLength(0);
  });

  test('tabs and list links have the accessible names end-to-end tests click by', () => {
    start(`${origin}/agent/tickets/4519`);
    click('a[data-test-id="main-nav-views"]');
    click('a[data-test-id="ticket-title-link"][href="/agent/tickets/4512"]');
    const names = [...document.querySelectorAll('[data-test-id="header-tab"]')].map((tab) =>
      tab.getAttribute('aria-label'),
    );
    expect(names).toEqual([
      'Daniel Reyes: Router keeps dropping Wi-Fi every evening #4519',
      'Refund for double charge on November invoice #4512',
    ]);
    click('a[data-test-id="main-nav-views"]');
    const links = [...document.querySelectorAll('a[data-test-id="ticket-title-link"]')].map(
      (link) => link.textContent,
    );
    expect(links).toContain('Refund for double charge on November invoice');
  });
});
