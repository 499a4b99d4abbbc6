import { describe, expect, test } from 'vitest';

import { evaluateConditions, type ConditionFacts, type CustomerFacts } from '../../lib/conditions/evaluate';
import { conditionsSchema, type Condition, type Conditions } from '../../lib/conditions/schema';
import { makeTicket } from '../builders/ticket';

/** Maya's billing email (test/builders/ticket.ts): high priority, open, tags billing/refund/invoice. */
const ticket = makeTicket();
const maya: CustomerFacts = { products: ['northwind-pro', 'backup-addon'], recentContacts: 3 };

function condition(field: string, op: string, value: string | number | string[]): Condition {
  return conditionsSchema.parse({ all: [{ field, op, value }] }).all![0]!;
}

describe('one condition on Maya’s ticket', () => {
  test.each<[string, string, string | number | string[], boolean]>([
    ['ticket.channel', 'is', 'email', true],
    ['ticket.channel', 'is', 'phone', false],
    ['ticket.channel', 'is_not', 'phone', true],
    ['ticket.priority', 'in', ['high', 'urgent'], true],
    ['ticket.priority', 'in', 'urgent', false],
    ['ticket.priority', 'not_in', ['low', 'normal'], true],
    ['ticket.status', 'not_in', ['open', 'new'], false],
    ['ticket.helpdesk', 'is', 'Zendesk', true],
    // Tags: includes is "any of them", excludes is "none of them"; case is ignored.
    ['ticket.tags', 'includes', 'refund', true],
    ['ticket.tags', 'includes', ['outage', 'REFUND'], true],
    ['ticket.tags', 'includes', ['outage', 'incident'], false],
    ['ticket.tags', 'excludes', ['outage', 'incident'], true],
    ['ticket.tags', 'excludes', ['outage', 'billing'], false],
    ['ticket.subject', 'contains', 'DOUBLE CHARGE', true],
    ['ticket.subject', 'not_contains', 'double charge', false],
    ['ticket.subject', 'is', 'refund for double charge on november invoice', true],
    // ticket.text is the subject and the latest customer message.
    ['ticket.text', 'contains', 'card ending 4417', true],
    ['ticket.text', 'contains', 'november invoice', true],
    ['ticket.text', 'not_contains', 'chargeback', true],
    // A phrase does not run across the end of the subject into the message.
    ['ticket.text', 'contains', 'invoice thanks', false],
    ['requester.email', 'ends_with', '@EXAMPLE.com', true],
    ['requester.email', 'ends_with', '@northwind.com', false],
    ['requester.name', 'is_not', 'Maya Okafor', false],
    ['requester.phone', 'contains', '555 0143', true],
    ['customer.products', 'includes', 'northwind-pro', true],
    ['customer.products', 'excludes', ['northwind-pro', 'northwind-team'], false],
    ['customer.recentContacts', 'greater_than', 2, true],
    ['customer.recentContacts', 'greater_than', 3, false],
    ['customer.recentContacts', 'less_than', 4, true],
    ['customer.recentContacts', 'is', 3, true],
  ])('%s %s %j → %s', (field, op, value, expected) => {
    const facts: ConditionFacts = { ticket, customer: maya };
    expect(evaluateConditions({ all: [condition(field, op, value)] }, facts)).toBe(expected);
  });
});

describe('a field the page did not carry', () => {
  // A messaging ticket read without priority, status, email or message text.
  const sparse = makeTicket({
    channel: 'messaging',
    priority: undefined,
    status: undefined,
    latestCustomerMessage: undefined,
    requester: { name: 'Jonas Berg', handle: '@jberg' },
  });

  test.each<[string, string, string | number | string[], boolean]>([
    ['ticket.priority', 'is', 'high', false],
    ['ticket.priority', 'in', ['low', 'normal', 'high', 'urgent'], false],
    ['ticket.priority', 'is_not', 'urgent', true],
    ['ticket.priority', 'not_in', ['urgent'], true],
    ['ticket.status', 'is', 'open', false],
    ['requester.email', 'contains', '@', false],
    ['requester.email', 'ends_with', '.com', false],
    ['requester.email', 'not_contains', '@northwind.com', true],
    // Without a message, ticket.text is the subject alone.
    ['ticket.text', 'contains', 'refund', true],
    ['ticket.text', 'contains', 'card ending', false],
  ])('%s %s %j → %s', (field, op, value, expected) => {
    expect(evaluateConditions({ all: [condition(field, op, value)] }, { ticket: sparse })).toBe(expected);
  });
});

describe('a customer field with no customer known', () => {
  test.each<[string, string, string | number | string[]]>([
    ['customer.products', 'includes', 'northwind-pro'],
    ['customer.products', 'excludes', 'northwind-pro'],
    ['customer.recentContacts', 'less_than', 100],
    ['customer.recentContacts', 'greater_than', -1],
  ])('%s %s %j is false, negations included', (field, op, value) => {
    expect(evaluateConditions({ all: [condition(field, op, value)] }, { ticket })).toBe(false);
  });
});

describe('all and any together', () => {
  const isEmail = { field: 'ticket.channel', op: 'is', value: 'email' };
  const isPhone = { field: 'ticket.channel', op: 'is', value: 'phone' };
  const isUrgent = { field: 'ticket.priority', op: 'is', value: 'urgent' };
  const isBilling = { field: 'ticket.tags', op: 'includes', value: 'billing' };

  test.each<[string, unknown, boolean]>([
    ['no conditions at all: every ticket', {}, true],
    ['empty lists', { all: [], any: [] }, true],
    ['every all holds', { all: [isEmail, isBilling] }, true],
    ['one all fails', { all: [isEmail, isUrgent] }, false],
    ['one any holds', { any: [isPhone, isBilling] }, true],
    ['no any holds', { any: [isPhone, isUrgent] }, false],
    ['all holds and an any holds', { all: [isEmail], any: [isUrgent, isBilling] }, true],
    ['all holds but no any holds', { all: [isEmail], any: [isUrgent, isPhone] }, false],
    ['an any holds but all fails', { all: [isPhone], any: [isBilling] }, false],
  ])('%s → %s', (_case, written, expected) => {
    const conditions: Conditions = conditionsSchema.parse(written);
    expect(evaluateConditions(conditions, { ticket, customer: maya })).toBe(expected);
  });
});
