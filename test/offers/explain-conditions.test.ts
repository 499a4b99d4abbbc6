import { expect, test } from 'vitest';

import { evaluateConditions, explainConditions, type ConditionFacts } from '../../lib/conditions/evaluate';
import { conditionsSchema, type Conditions } from '../../lib/conditions/schema';
import { daniel, weakSignalTicket } from '../builders/offers';

const facts: ConditionFacts = { ticket: weakSignalTicket(), customer: daniel() };

const weak = { field: 'ticket.text', op: 'contains', value: 'weak' };
const vpn = { field: 'ticket.text', op: 'contains', value: 'vpn' };
const notUrgent = { field: 'ticket.priority', op: 'is_not', value: 'urgent' };
const email = { field: 'ticket.channel', op: 'is', value: 'email' };
const ownsRouter = { field: 'customer.products', op: 'includes', value: 'router-x2' };

test.each<[string, unknown, unknown[], unknown[]]>([
  ['no conditions', {}, [], []],
  [
    'all hold, any holds',
    { all: [notUrgent, ownsRouter], any: [vpn, weak] },
    [notUrgent, ownsRouter, weak],
    [],
  ],
  ['one of all fails', { all: [notUrgent, email], any: [weak] }, [notUrgent, weak], [email]],
  ['none of any holds', { all: [notUrgent], any: [vpn, email] }, [notUrgent], [vpn, email]],
  ['an empty any holds', { all: [ownsRouter], any: [] }, [ownsRouter], []],
])('%s: which held and which failed, agreeing with evaluateConditions', (_case, input, held, failed) => {
  const conditions: Conditions = conditionsSchema.parse(input);
  const explained = explainConditions(conditions, facts);
  expect(explained).toEqual({ holds: failed.length === 0, held, failed });
  expect(explained.holds).toBe(evaluateConditions(conditions, facts));
});

test('a customer condition with no customer known fails, as evaluateConditions has it', () => {
  const conditions = conditionsSchema.parse({ all: [ownsRouter] });
  expect(explainConditions(conditions, { ticket: facts.ticket })).toEqual({
    holds: false,
    held: [],
    failed: [ownsRouter],
  });
});
