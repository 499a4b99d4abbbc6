import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import type { ExtractContext } from '../../lib/helpdesks/adapter';
import { extractTicket, readPage } from '../../lib/helpdesks/index';
import { salesforce } from '../../lib/helpdesks/salesforce';
import { MAX_MESSAGE_TEXT } from '../../lib/ticket/fields';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';

interface FixturePage {
  doc: Document;
  url: string;
}

function loadFixture(name: string): FixturePage {
  const html = readFileSync(join('test/fixtures/salesforce', name), 'utf8');
  const url = /URL: (\S+)/.exec(html)?.[1];
  if (!url) throw new Error(`test/fixtures/salesforce/${name} names no URL`);
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

const newYork: ExtractContext = { timeZone: 'America/New_York', dateOrder: 'mdy' };
const berlin: ExtractContext = { timeZone: 'Europe/Berlin', dateOrder: 'dmy' };

const grace = { name: 'Grace Liu', email: 'grace.liu@example.net', phone: '+1 206 555 0178' };

const shippingDelayCase = {
  helpdesk: 'salesforce',
  ticketId: '00104217',
  recordId: '5005g00000Qm7XyAAJ',
  subject: 'Shipping delay for Mesh Extender order',
  requester: grace,
  channel: 'email',
  priority: 'high',
  status: 'open',
  tags: [],
  createdAt: '2024-10-03T13:14:00.000Z',
  lastCustomerMessageAt: '2024-10-04T14:47:00.000Z',
  latestCustomerMessage:
    'Hi Ana,\n\nThanks for opening the trace. The tracking page still shows "Label created" for SO-44120. Could you send a replacement if it has not moved by Friday?\n\nGrace',
  lastAgentReplyAt: '2024-10-03T18:05:00.000Z',
} satisfies Omit<TicketSnapshot, 'url'>;

describe.each<[string, ExtractContext, Omit<TicketSnapshot, 'url'>]>([
  ['email-case.html', newYork, shippingDelayCase],
  [
    'phone-case.html',
    berlin,
    {
      helpdesk: 'salesforce',
      ticketId: '00104221',
      recordId: '5005g00000Qm7Y3AAJ',
      subject: 'Return request: damaged router on arrival',
      requester: { name: 'Omar Haddad', email: 'omar.haddad@example.com', phone: '+1 312 555 0199' },
      channel: 'phone',
      priority: 'normal',
      status: 'new',
      tags: [],
      // 03.10.2024, 16:40 in Berlin (CEST, UTC+2); the call log is internal, so no customer message.
      createdAt: '2024-10-03T14:40:00.000Z',
      lastAgentReplyAt: '2024-10-03T15:05:00.000Z',
    },
  ],
  [
    'chat-case.html',
    newYork,
    {
      helpdesk: 'salesforce',
      ticketId: '00104230',
      recordId: '5005g00000Qm7YDAAZ',
      subject: 'Billing address change after move',
      requester: grace,
      channel: 'chat',
      priority: 'normal',
      status: 'open',
      tags: [],
      // Opened and last written to at 1:30 and 1:45 AM on 3 Nov 2024, hours New York lived twice.
      latestCustomerMessage:
        'Following up on the chat: the new address is 18 Harbour Lane, Seattle WA 98101. The move date was 28 October.',
      lastAgentReplyAt: '2024-11-03T07:10:00.000Z',
    },
  ],
  [
    'several-workspaces.html',
    newYork,
    {
      helpdesk: 'salesforce',
      ticketId: '00104225',
      recordId: '5005g00000Qm7Y8AAJ',
      subject: 'Upgrade to Fibre 500 plan',
      requester: { name: 'Maya Okafor', email: 'maya.okafor@example.com', phone: '+1 415 555 0143' },
      channel: 'web',
      priority: 'low',
      status: 'new',
      tags: [],
      createdAt: '2024-10-02T20:05:00.000Z',
      // The newest customer email shows only "2h ago".
      latestCustomerMessage:
        'Thanks! If there is no fee I would like the upgrade on 14 October, mornings work best.',
      lastAgentReplyAt: '2024-10-02T21:30:00.000Z',
    },
  ],
  ['contact-subtab.html', newYork, shippingDelayCase],
])('%s', (name, context, expected) => {
  test('yields the active Case, every field', () => {
    const { doc, url } = loadFixture(name);
    expect(extractTicket(doc, url, context)).toEqual({ ...expected, url });
  });
});

describe.each([
  ['loading-case.html', 'unreadable'],
  ['list-view.html', 'no-ticket'],
])('%s', (name, kind) => {
  test(`reads as ${kind}, never as one of the Cases open behind it`, () => {
    const { doc, url } = loadFixture(name);
    expect(readPage(doc, url, newYork)?.kind).toBe(kind);
    expect(extractTicket(doc, url, newYork)).toBeNull();
  });
});

describe('hostile-case.html', () => {
  const sentence = 'Refund reference RF-7781 for invoice INV-20931, card ending 4417, amount $89.00. ';
  const bulk = sentence.repeat(Math.ceil((2 * 1024 * 1024) / sentence.length));

  function loadHostilePage(): FixturePage {
    const page = loadFixture('hostile-case.html');
    page.doc.querySelector('span.hostileBulk')?.append(page.doc.createTextNode(bulk));
    return page;
  }

  test('yields a partial snapshot with markup as inert text and the 2 MB message clipped', () => {
    const { doc, url } = loadHostilePage();
    const message = `<img src=x onerror=alert(1)> Please process the refund below. ${bulk}`;
    expect(extractTicket(doc, url, newYork)).toEqual({
      helpdesk: 'salesforce',
      ticketId: '00104236',
      recordId: '5005g00000Qm7YNAAZ',
      url,
      subject:
        '<img src=x onerror=alert(1)> Urgent: verify your account <script>alert(document.cookie)</script>',
      requester: { email: 'billing-alerts@secure-verify.example' },
      channel: 'email',
      status: 'new',
      tags: [],
      createdAt: '2024-10-05T12:00:00.000Z',
      lastCustomerMessageAt: '2024-10-05T12:00:00.000Z',
      latestCustomerMessage: `${message.slice(0, MAX_MESSAGE_TEXT - 1)}…`,
    });
  });

  test('reading it adds no element to the page', () => {
    const { doc, url } = loadHostilePage();
    const elementsBefore = doc.getElementsByTagName('*').length;
    extractTicket(doc, url, newYork);
    expect(doc.getElementsByTagName('*').length).toBe(elementsBefore);
  });
});

describe('a URL and a console that disagree', () => {
  test.each([
    // The URL moved to the Case in the hidden workspace before the console switched tabs.
    ['email-case.html', 'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7Y3AAJ/view'],
    // A subtab URL whose `ws` names a Case whose workspace is not the focused one.
    [
      'contact-subtab.html',
      'https://northwind.lightning.force.com/lightning/r/Contact/0035g00000LkT2bAAF/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000Qm7YDAAZ%2Fview',
    ],
  ])('%s read at %s gives no ticket', (name, url) => {
    const { doc } = loadFixture(name);
    expect(extractTicket(doc, url, newYork)).toBeNull();
  });
});

describe('observedRoot', () => {
  test.each(['email-case.html', 'contact-subtab.html', 'list-view.html'])(
    '%s: the workspace manager, which holds the tab bar and every workspace',
    (name) => {
      const { doc } = loadFixture(name);
      expect((salesforce.observedRoot(doc) as Element).className).toContain('navexWorkspaceManager');
    },
  );
});
