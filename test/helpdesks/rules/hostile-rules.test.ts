import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test, vi } from 'vitest';

import { helpdeskFor, readPage, type ExtractContext } from '../../../lib/helpdesks/index';
import { zendesk } from '../../../lib/helpdesks/zendesk';
import { helpdeskRulesSchema, type HelpdeskRules } from '../../../lib/helpdesks/rules/helpdesk-rules';
import { acmeDesk } from '../../builders/helpdesk-rules';

const context: ExtractContext = { timeZone: 'America/Los_Angeles', dateOrder: 'mdy' };
const zendeskHtml = readFileSync(
  join(import.meta.dirname, '../../fixtures/zendesk/email-ticket.html'),
  'utf8',
);
const acmeHtml = readFileSync(
  join(import.meta.dirname, '../../fixtures/in-house/acme-desk-ticket.html'),
  'utf8',
);
const zendeskUrl = 'https://northwind.zendesk.com/agent/tickets/48213';
const acmeUrl = 'https://desk.acme.example/tickets/8812';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Rules as they could reach the page if the pack schema ever let one through. */
function overridesOf(fields: HelpdeskRules['overrides'][number]['fields']): HelpdeskRules {
  return {
    overrides: [{ helpdesk: 'zendesk', packId: 'night-shift', packName: 'Night shift', fields }],
    declared: [],
  };
}

describe('readPage never throws on hostile rules', () => {
  test.each([':has(:has(.ticket))', ':contains(Refund)', '[data-x=', 'div >> p', '::-webkit-scrollbar'])(
    'an override with the selector %s leaves the adapter value',
    (selector) => {
      const reading = readPage(
        parse(zendeskHtml),
        zendeskUrl,
        context,
        overridesOf({ priority: { selector } }),
      );
      expect(reading).toMatchObject({ kind: 'ticket', snapshot: { priority: 'high' } });
      expect(reading).not.toHaveProperty('overrides');
    },
  );

  test('a selector valid in the pack but refused by this browser is caught, and the next alternative read', () => {
    const refused =
      '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]:open';
    const query = Element.prototype.querySelector;
    vi.spyOn(Element.prototype, 'querySelector').mockImplementation(function (
      this: Element,
      selector: string,
    ) {
      if (selector.endsWith(':open'))
        throw new DOMException(`'${selector}' is not a valid selector.`, 'SyntaxError');
      return query.call(this, selector);
    });
    const rules = overridesOf({
      priority: {
        selector: [
          refused,
          '[data-test-id="ticket-fields-type-select"] [data-garden-id="dropdowns.combobox.value"]',
        ],
        values: { Problem: 'urgent' },
      },
    });
    expect(readPage(parse(zendeskHtml), zendeskUrl, context, rules)).toMatchObject({
      snapshot: { priority: 'urgent' },
      overrides: [{ field: 'priority', packName: 'Night shift' }],
    });
  });

  test('an override that trips over the page never costs what the adapter read', () => {
    vi.spyOn(zendesk, 'ticketRoot').mockImplementation(() => {
      throw new TypeError("Cannot read properties of null (reading 'closest')");
    });
    const reading = readPage(
      parse(zendeskHtml),
      zendeskUrl,
      context,
      overridesOf({ priority: { value: 'low' } }),
    );
    expect(reading).toMatchObject({ kind: 'ticket', snapshot: { ticketId: '48213', priority: 'high' } });
    expect(reading).not.toHaveProperty('overrides');
  });

  test('a declared helpdesk whose active-ticket selector throws reads as unreadable, not as an error', () => {
    const rules: HelpdeskRules = {
      overrides: [],
      declared: [{ ...acmeDesk, activeTicket: 'section[data-ticket="{id}"]:bogus' }],
    };
    expect(readPage(parse(acmeHtml), acmeUrl, context, rules)).toMatchObject({
      kind: 'unreadable',
      reason: 'The ticket is still loading or its fields could not be found.',
    });
  });

  test.each([
    ['a match-everything pattern', '*://*/*'],
    ['no URL at all', 'desk.acme.example'],
    ['the id in the host', 'https://{id}.acme.example/'],
  ])('a declared helpdesk with %s serves no page', (_what, ticketUrl) => {
    const rules: HelpdeskRules = { overrides: [], declared: [{ ...acmeDesk, ticketUrl }] };
    expect(helpdeskFor(acmeUrl, rules)).toBeUndefined();
    expect(helpdeskFor('https://example.org/', rules)).toBeUndefined();
    expect(readPage(parse(acmeHtml), acmeUrl, context, rules)).toBeNull();
  });

  test('a declared helpdesk cannot take over a built-in host', () => {
    const rules: HelpdeskRules = {
      overrides: [],
      declared: [{ ...acmeDesk, ticketUrl: 'https://northwind.zendesk.com/agent/tickets/{id}' }],
    };
    expect(helpdeskFor(zendeskUrl, rules)?.id).toBe('zendesk');
  });
});

describe('the stored rules item', () => {
  test('accepts what the background collects', () => {
    expect(helpdeskRulesSchema.safeParse({ overrides: [], declared: [acmeDesk] }).success).toBe(true);
  });

  test.each([
    [
      'code in a rule',
      {
        overrides: [],
        declared: [{ ...acmeDesk, fields: { subject: { selector: 'h1', script: 'alert(1)' } } }],
      },
    ],
    ['a rule that is not an object', overridesOf({ priority: 'document.cookie' as never })],
    ['a selector of a million characters', overridesOf({ priority: { selector: '.p'.repeat(500_000) } })],
    ['a missing list', { overrides: [] }],
  ])('refuses %s', (_what, stored) => {
    expect(helpdeskRulesSchema.safeParse(stored).success).toBe(false);
  });
});
