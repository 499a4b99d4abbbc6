import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { readPage, type ExtractContext } from '../../../lib/helpdesks/index';
import { helpdeskRulesOf, type HelpdeskRules } from '../../../lib/helpdesks/rules/helpdesk-rules';
import { parsePack } from '../../../lib/packs/index';
import type { Pack } from '../../../lib/packs/pack-schema';

const context: ExtractContext = { timeZone: 'America/Los_Angeles', dateOrder: 'mdy' };

function loadZendesk(name: string): { doc: Document; url: string } {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/zendesk', name), 'utf8');
  const url = /URL: (https:\/\/\S+)/.exec(html)![1]!;
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

function loadPack(name: string): Pack {
  const parsed = parsePack(JSON.parse(readFileSync(join('test/fixtures/packs', name), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => `${error.path}: ${error.message}`).join('\n'));
  return parsed.pack;
}

const fixes = loadPack('northwind-zendesk-fixes.pack.json');

/** A second team's pack overriding Zendesk fields too. */
function packOverriding(name: string, fields: Record<string, unknown>): Pack {
  const parsed = parsePack({
    format: 'touchpoint-pack/1',
    id: name.toLowerCase().replaceAll(' ', '-'),
    name,
    version: 1,
    publishedAt: '2026-11-03T08:00:00Z',
    publisher: 'Northwind support operations',
    helpdeskOverrides: [{ helpdesk: 'zendesk', fields }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.pack;
}

describe('a Zendesk redesign renamed the priority field', () => {
  const { doc, url } = loadZendesk('renamed-priority-attribute.html');

  test('the built-in adapter reads the ticket without its priority', () => {
    const reading = readPage(doc, url, context);
    expect(reading).toMatchObject({ kind: 'ticket', snapshot: { ticketId: '48213', status: 'open' } });
    expect(reading?.kind === 'ticket' && reading.snapshot.priority).toBeUndefined();
    expect(reading).not.toHaveProperty('overrides');
  });

  test("the team lead's override pack restores it, and the reading says which pack supplied it", () => {
    const original = readPage(doc, url, context);
    const reading = readPage(doc, url, context, helpdeskRulesOf([fixes]));
    expect(reading).toEqual({
      kind: 'ticket',
      snapshot: { ...(original?.kind === 'ticket' && original.snapshot), priority: 'high' },
      overrides: [{ field: 'priority', packName: 'Northwind Zendesk fixes' }],
    });
  });

  test('the override is harmless on pages it was not written for: its second alternative reads the old field', () => {
    const old = loadZendesk('email-ticket.html');
    const reading = readPage(old.doc, old.url, context, helpdeskRulesOf([fixes]));
    expect(reading).toMatchObject({ snapshot: { priority: 'high' }, overrides: [{ field: 'priority' }] });
  });
});

describe('overrides are read inside the active ticket only', () => {
  test('with four tabs open, the selected ticket gives the priority, not the first one in the DOM', () => {
    const { doc, url } = loadZendesk('several-tabs.html');
    // A document-wide query would find #48213's "High" first.
    expect(doc.querySelector('[data-test-id="ticket-fields-priority-select"]')?.textContent).toContain(
      'High',
    );
    const rules = helpdeskRulesOf([
      packOverriding('Login team', {
        priority: {
          selector:
            '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]',
        },
        subject: { selector: 'input[data-test-id="omni-header-subject"]', attribute: 'value' },
      }),
    ]);
    expect(readPage(doc, url, context, rules)).toMatchObject({
      kind: 'ticket',
      snapshot: { ticketId: '48260', subject: "Can't log in after password reset", priority: 'low' },
      overrides: [
        { field: 'subject', packName: 'Login team' },
        { field: 'priority', packName: 'Login team' },
      ],
    });
  });

  test('while the URL names a hidden tab, nothing is read, override or not', () => {
    const { doc } = loadZendesk('several-tabs.html');
    const rules = helpdeskRulesOf([fixes]);
    expect(readPage(doc, 'https://northwind.zendesk.com/agent/tickets/48213', context, rules)).toMatchObject({
      kind: 'unreadable',
    });
  });
});

describe('which value wins', () => {
  const { doc, url } = loadZendesk('email-ticket.html');

  test('a rule that matches nothing, or finds no value of its field, leaves the adapter value', () => {
    const rules = helpdeskRulesOf([
      packOverriding('Stale fixes', {
        status: { selector: '[data-test-id="status-badge-v3"]' },
        // "Problem" is the ticket type, no priority: unread, not a wrong value.
        priority: {
          selector: '[data-test-id="ticket-fields-type-select"] [data-garden-id="dropdowns.combobox.value"]',
        },
      }),
    ]);
    const reading = readPage(doc, url, context, rules);
    expect(reading).toMatchObject({ snapshot: { status: 'open', priority: 'high' } });
    expect(reading).not.toHaveProperty('overrides');
  });

  test('when two packs override the same field, the first active pack wins', () => {
    const first = packOverriding('Billing team', {
      'requester.name': { selector: '[data-test-id="customer-context-user-name"] a' },
    });
    const second = packOverriding('Escalations', {
      'requester.name': { selector: 'header [data-test-id="profile-menu-name"]' },
      tags: {
        selector:
          '[data-test-id="ticket-fields-tags"] [data-test-id="ticket-system-field-tags-item-selected"]',
        all: true,
        values: { billing: 'finance' },
      },
    });
    const rules: HelpdeskRules = helpdeskRulesOf([first, second]);
    expect(rules.overrides.map(({ packName, fields }) => [packName, Object.keys(fields)])).toEqual([
      ['Billing team', ['requester.name']],
      ['Escalations', ['tags']],
    ]);
    expect(readPage(doc, url, context, rules)).toMatchObject({
      snapshot: {
        requester: { name: 'Maya Okafor', email: 'maya.okafor@example.com' },
        tags: ['finance', 'refund', 'invoice'],
      },
      overrides: [
        { field: 'requester.name', packName: 'Billing team' },
        { field: 'tags', packName: 'Escalations' },
      ],
    });
  });

  test("another helpdesk's overrides are not applied", () => {
    const parsed = parsePack({
      ...JSON.parse(readFileSync('test/fixtures/packs/northwind-zendesk-fixes.pack.json', 'utf8')),
      helpdeskOverrides: [{ helpdesk: 'freshdesk', fields: { priority: { value: 'urgent' } } }],
    });
    expect(parsed.ok).toBe(true);
    const reading = readPage(doc, url, context, helpdeskRulesOf(parsed.ok ? [parsed.pack] : []));
    expect(reading).toMatchObject({ snapshot: { priority: 'high' } });
    expect(reading).not.toHaveProperty('overrides');
  });
});
