import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { helpdeskFor, readPage, type ExtractContext } from '../../../lib/helpdesks/index';
import { declaredAdapter, permissionOriginOf } from '../../../lib/helpdesks/rules/declared-adapter';
import type { DeclaredHelpdesk } from '../../../lib/helpdesks/rules/declared-helpdesk-schema';
import { helpdeskRulesOf } from '../../../lib/helpdesks/rules/helpdesk-rules';
import { parsePack } from '../../../lib/packs/index';

/** The agent's helpdesk profile: Berlin, day-first dates. */
const context: ExtractContext = { timeZone: 'Europe/Berlin', dateOrder: 'dmy' };
const html = readFileSync(join(import.meta.dirname, '../../fixtures/in-house/acme-desk-ticket.html'), 'utf8');
const url = /URL: (https:\/\/\S+)/.exec(html)![1]!;
const load = () => new DOMParser().parseFromString(html, 'text/html');

const parsed = parsePack(JSON.parse(readFileSync('test/fixtures/packs/acme-desk.pack.json', 'utf8')));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const rules = helpdeskRulesOf([parsed.pack]);
const acmeDesk: DeclaredHelpdesk = parsed.pack.declaredHelpdesks![0]!;

describe('a helpdesk declared in a pack', () => {
  test('reads every field of the active ticket', () => {
    expect(readPage(load(), url, context, rules)).toEqual({
      kind: 'ticket',
      snapshot: {
        helpdesk: 'acme-desk',
        ticketId: '8812',
        url: 'https://desk.acme.example/tickets/8812',
        subject: 'Tent pole snapped on first use – replacement needed',
        requester: { name: 'Lena Vogel', email: 'lena.vogel@example.de', phone: '+49 30 1234 5678' },
        channel: 'email',
        priority: 'high',
        status: 'open',
        tags: ['warranty', 'trailhead-2p', 'replacement'],
        // 09:12 in Berlin (CET) in November.
        createdAt: '2026-11-04T08:12:00.000Z',
        lastCustomerMessageAt: '2026-11-04T10:31:47.000Z',
        lastAgentReplyAt: '2026-11-04T09:40:05.000Z',
        latestCustomerMessage:
          "Hi Jonas, Here are the photos of the broken pole section and the receipt. The order number is A-20931. I'm leaving for the Harz on Saturday, so a replacement pole before Friday would save the trip. Please send it to my office address, not home. Thanks, Lena",
      },
    });
  });

  test('ignores the hidden ticket kept in the DOM, even when the URL names it', () => {
    const doc = load();
    const adapter = helpdeskFor(url, rules)!;
    expect(adapter.ticketRoot(doc, new URL(url))).toBe(doc.querySelector('[data-ticket="8812"]'));
    expect(readPage(doc, 'https://desk.acme.example/tickets/8790', context, rules)).toMatchObject({
      kind: 'unreadable',
      helpdesk: 'acme-desk',
      helpdeskName: 'Acme Desk',
    });
  });

  test("finds the active ticket's composer, never the hidden one's", () => {
    const doc = load();
    const composer = helpdeskFor(url, rules)!.composer(doc, new URL(url));
    expect(composer?.getAttribute('aria-label')).toBe('Reply to Lena Vogel');
    expect(
      helpdeskFor(url, rules)!.composer(doc, new URL('https://desk.acme.example/tickets/8790')),
    ).toBeNull();
  });

  test('is observed from the element the pack names', () => {
    const doc = load();
    expect(declaredAdapter(acmeDesk).observedRoot(doc)).toBe(doc.getElementById('ticket-panes'));
  });

  test('takes the ticket id from the page when a rule reads it, without the "#"', () => {
    const adapter = declaredAdapter({
      ...acmeDesk,
      fields: { ...acmeDesk.fields, ticketId: { selector: '.ticket-head .ticket-number' } },
    });
    expect(adapter.extract(load(), new URL(url), context)?.ticketId).toBe('8812');
  });

  test('gives no ticket until the subject renders', () => {
    const doc = load();
    doc.querySelector('[data-ticket="8812"] h1')?.remove();
    expect(readPage(doc, url, context, rules)).toMatchObject({ kind: 'unreadable' });
  });

  test('needs the origin permission of its exact host only', () => {
    expect(permissionOriginOf(acmeDesk)).toBe('https://desk.acme.example/*');
    expect(
      permissionOriginOf({ ...acmeDesk, ticketUrl: 'https://help.acme.example:8443/view?ticket={id}' }),
    ).toBe('https://help.acme.example/*');
  });
});

describe('helpdeskFor with rules', () => {
  test.each([
    ['https://desk.acme.example/tickets/8812', 'acme-desk'],
    ['https://desk.acme.example/queues/inbox', 'acme-desk'],
    ['https://northwind.zendesk.com/agent/tickets/48213', 'zendesk'],
    ['https://other.acme.example/tickets/8812', undefined],
    ['https://desk.acme.example.attacker.example/tickets/8812', undefined],
    ['https://acme.example/tickets/8812', undefined],
    ['http://desk.acme.example/tickets/8812', undefined],
  ])('%s is served by %s', (address, id) => {
    expect(helpdeskFor(address, rules)?.id).toBe(id);
  });

  test('without rules, the declared helpdesk is unknown', () => {
    expect(helpdeskFor(url)).toBeUndefined();
    expect(readPage(load(), url, context)).toBeNull();
  });

  test('a page of the declared host that is no ticket reads as such', () => {
    expect(readPage(load(), 'https://desk.acme.example/queues/inbox', context, rules)).toEqual({
      kind: 'no-ticket',
      helpdesk: 'acme-desk',
      helpdeskName: 'Acme Desk',
    });
  });
});

describe('ticket URL patterns', () => {
  const adapters = {
    path: declaredAdapter(acmeDesk),
    query: declaredAdapter({ ...acmeDesk, ticketUrl: 'https://help.acme.example/view.php?ticket={id}' }),
  };

  test.each([
    ['path', 'https://desk.acme.example/tickets/8812', true],
    ['path', 'https://desk.acme.example/tickets/8812/', true],
    ['path', 'https://desk.acme.example/tickets/8812/history?tab=notes', true],
    ['path', 'https://desk.acme.example/tickets/ACME-8812', true],
    ['path', 'https://desk.acme.example/tickets/new', false],
    ['path', 'https://desk.acme.example/tickets/', false],
    ['path', 'https://desk.acme.example/archive/tickets/8812', false],
    ['path', 'https://desk.acme.example:8443/tickets/8812', false],
    ['query', 'https://help.acme.example/view.php?ticket=8812', true],
    ['query', 'https://help.acme.example/view.php?lang=de&ticket=8812', true],
    ['query', 'https://help.acme.example/view.php?ticket=', false],
    ['query', 'https://help.acme.example/list.php?ticket=8812', false],
  ] as const)('%s pattern: %s is a ticket: %s', (kind, address, isTicket) => {
    expect(adapters[kind].matches(new URL(address))).toBe(isTicket);
  });
});
