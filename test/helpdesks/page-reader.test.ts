import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import type { ExtractContext } from '../../lib/helpdesks/adapter';
import { freshdesk } from '../../lib/helpdesks/freshdesk';
import { createPageReader } from '../../lib/helpdesks/page-reader';
import { applyOverrides } from '../../lib/helpdesks/rules/apply-rules';
import { declaredAdaptersOf } from '../../lib/helpdesks/rules/declared-adapter';
import type { HelpdeskRules } from '../../lib/helpdesks/rules/helpdesk-rules';
import { zendesk } from '../../lib/helpdesks/zendesk';
import { acmeDesk, lowPriority as lowPriorityOverride } from '../builders/helpdesk-rules';

const context: ExtractContext = { timeZone: 'America/New_York', dateOrder: 'mdy' };
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const zendeskHtml = readFileSync(join(import.meta.dirname, '../fixtures/zendesk/email-ticket.html'), 'utf8');
const zendeskUrl = /URL: (https:\/\/\S+)/.exec(zendeskHtml)![1]!;
const acmeHtml = readFileSync(
  join(import.meta.dirname, '../fixtures/in-house/acme-desk-ticket.html'),
  'utf8',
);
const acmeUrl = 'https://desk.acme.example/tickets/8812';

/** The Zendesk priority override, with Acme Desk declared beside it. */
const lowPriority: HelpdeskRules = { ...lowPriorityOverride, declared: [acmeDesk] };

describe('a reader of one built-in helpdesk (a helpdesk content script)', () => {
  const reader = createPageReader(() => [zendesk], applyOverrides);

  test('reads its helpdesk, with the packs’ overrides applied', () => {
    expect(reader.helpdeskFor(zendeskUrl)).toBe(zendesk);
    expect(reader.readPage(parse(zendeskHtml), zendeskUrl, context, lowPriority)).toMatchObject({
      kind: 'ticket',
      snapshot: { ticketId: '48213', priority: 'low' },
      overrides: [{ field: 'priority', packName: 'Night shift' }],
    });
  });

  test('knows no other helpdesk, built-in or declared', () => {
    expect(reader.helpdeskFor('https://northwind.freshdesk.com/a/tickets/5123')).toBeUndefined();
    expect(reader.helpdeskFor(acmeUrl, lowPriority)).toBeUndefined();
    expect(reader.readPage(parse(acmeHtml), acmeUrl, context, lowPriority)).toBeNull();
  });

  test('reads https pages only', () => {
    expect(reader.helpdeskFor(zendeskUrl.replace('https:', 'http:'))).toBeUndefined();
    expect(reader.readPage(parse(zendeskHtml), 'not a url', context)).toBeNull();
  });
});

describe('a reader of declared helpdesks (the declared-helpdesk content script)', () => {
  const reader = createPageReader(declaredAdaptersOf);

  test('reads a declared helpdesk by its exact host', () => {
    expect(reader.helpdeskFor(acmeUrl, lowPriority)?.id).toBe('acme-desk');
    expect(reader.helpdeskFor('https://desk.acme.example:8443/tickets/8812', lowPriority)).toBeUndefined();
    expect(reader.helpdeskFor('https://other.acme.example/tickets/8812', lowPriority)).toBeUndefined();
    expect(reader.readPage(parse(acmeHtml), acmeUrl, context, lowPriority)).toMatchObject({
      kind: 'ticket',
      snapshot: { helpdesk: 'acme-desk', ticketId: '8812' },
    });
  });

  test('knows no built-in helpdesk', () => {
    expect(reader.helpdeskFor(zendeskUrl, lowPriority)).toBeUndefined();
    expect(reader.readPage(parse(zendeskHtml), zendeskUrl, context, lowPriority)).toBeNull();
  });

  test('applies no overrides: it was given none to apply', () => {
    const rules: HelpdeskRules = {
      ...lowPriority,
      overrides: [{ ...lowPriority.overrides[0]!, helpdesk: 'acme-desk' }],
    };
    const reading = reader.readPage(parse(acmeHtml), acmeUrl, context, rules);
    expect(reading).toMatchObject({ kind: 'ticket' });
    expect(reading).not.toHaveProperty('overrides');
  });
});

describe('a reader never throws', () => {
  test('when its adapters cannot be made it serves no page', () => {
    const reader = createPageReader(() => {
      throw new TypeError('broken rules');
    });
    expect(reader.helpdeskFor(acmeUrl, lowPriority)).toBeUndefined();
    expect(reader.readPage(parse(acmeHtml), acmeUrl, context, lowPriority)).toBeNull();
  });

  test('a declaration that breaks costs the others nothing', () => {
    const broken = {
      ...acmeDesk,
      id: 'broken',
      get ticketUrl(): string {
        throw new TypeError('no URL');
      },
    };
    const rules: HelpdeskRules = { overrides: [], declared: [broken, acmeDesk] };
    expect(declaredAdaptersOf(rules).map((adapter) => adapter.id)).toEqual(['acme-desk']);
  });

  test('an adapter that throws reads as unreadable, with the reason', () => {
    const reader = createPageReader(() => [
      {
        ...freshdesk,
        extract() {
          throw new Error('the page changed');
        },
      },
    ]);
    expect(
      reader.readPage(parse('<body></body>'), 'https://northwind.freshdesk.com/a/tickets/5123', context),
    ).toEqual({
      kind: 'unreadable',
      helpdesk: 'freshdesk',
      helpdeskName: 'Freshdesk',
      reason: 'Reading the page failed: Error: the page changed',
    });
  });
});

test('adapters are made once per rules object, not on every look', () => {
  let made = 0;
  const reader = createPageReader((rules) => {
    made += 1;
    return declaredAdaptersOf(rules);
  });
  for (let look = 0; look < 5; look++) reader.readPage(parse(acmeHtml), acmeUrl, context, lowPriority);
  expect(made).toBe(1);
  reader.helpdeskFor(acmeUrl, { ...lowPriority });
  expect(made).toBe(2);
});
