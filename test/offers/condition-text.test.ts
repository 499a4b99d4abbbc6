import { describe, expect, test } from 'vitest';

import type { ConditionFacts } from '../../lib/conditions/evaluate';
import { conditionsSchema, type Condition } from '../../lib/conditions/schema';
import { failedReasons, heldReasons } from '../../lib/offers/condition-text';
import { daniel, northwindCatalogue, weakSignalTicket } from '../builders/offers';

const facts: ConditionFacts = { ticket: weakSignalTicket(), customer: daniel({ recentContacts: 2 }) };
const name = (id: string) => northwindCatalogue.get(id) ?? id;

function parsed(...conditions: [string, string, string | number | string[]][]): Condition[] {
  return conditionsSchema.parse({ all: conditions.map(([field, op, value]) => ({ field, op, value })) }).all!;
}

describe('why conditions held, from what the ticket and customer show', () => {
  test.each<[string, Condition[], string[]]>([
    [
      'mentions, grouped',
      parsed(['ticket.text', 'contains', 'weak'], ['ticket.text', 'contains', 'upstairs']),
      ['ticket mentions “weak” and “upstairs”'],
    ],
    [
      'the tags the ticket has, of those listed',
      parsed(['ticket.tags', 'includes', ['coverage', 'WiFi']]),
      ['tagged “wifi”'],
    ],
    [
      'products by name',
      parsed(['customer.products', 'includes', ['router-x2', 'router-x3']]),
      ['owns Router X2'],
    ],
    ['a field’s value', parsed(['ticket.channel', 'in', ['chat', 'messaging']]), ['channel is messaging']],
    ['contacts', parsed(['customer.recentContacts', 'greater_than', 1]), ['2 contacts in 30 days']],
    ['nothing for a negative condition', parsed(['ticket.tags', 'excludes', 'complaint']), []],
  ])('%s', (_case, held, reasons) => {
    expect(heldReasons(held, facts, name)).toEqual(reasons);
  });
});

describe('why conditions failed', () => {
  test.each<[string, Condition[], string[]]>([
    [
      'a negative one: what the ticket shows',
      parsed(['ticket.tags', 'excludes', ['outage', 'connectivity']]),
      ['tagged “connectivity”'],
    ],
    [
      'a product that rules it out',
      parsed(['customer.products', 'excludes', 'fibre-100']),
      ['owns Fibre 100 broadband'],
    ],
    [
      'a channel it needs',
      parsed(['ticket.channel', 'in', ['email', 'chat']]),
      ['needs channel email or chat'],
    ],
    [
      'a product it needs',
      parsed(['customer.products', 'includes', 'fibre-1000']),
      ['needs Fibre 1000 broadband'],
    ],
    [
      'more contacts',
      parsed(['customer.recentContacts', 'greater_than', 2]),
      ['needs more than 2 contacts in 30 days'],
    ],
    ['an exact count', parsed(['customer.recentContacts', 'is', 5]), ['needs exactly 5 contacts in 30 days']],
  ])('%s', (_case, failed, reasons) => {
    expect(failedReasons(failed, [], facts, name)).toEqual(reasons);
  });

  test('none of `any`: its choices, grouped, long lists cut short', () => {
    const any = parsed(
      ...['static ip', 'port forwarding', 'remote access', 'vpn', 'cameras', 'home server', 'nas'].map(
        (phrase): [string, string, string] => ['ticket.text', 'contains', phrase],
      ),
      ['ticket.tags', 'includes', ['remote-access']],
    );
    expect(failedReasons(any, any, facts, name)).toEqual([
      'needs one of: ticket to mention “static ip”, “port forwarding”, “remote access”, “vpn”, “cameras” or 2 more; tag “remote-access”',
    ]);
  });
});
