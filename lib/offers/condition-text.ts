/**
 * Offer conditions in the words of the agent's card: what the ticket shows that made one hold
 * ("ticket mentions “weak” and “upstairs”"), or what one needed and did not find.
 */
import type { ConditionFacts } from '../conditions/evaluate';
import type { ConditionField } from '../conditions/fields';
import type { Condition } from '../conditions/schema';

export type ProductName = (id: string) => string;

const labels: Record<ConditionField, string> = {
  'ticket.helpdesk': 'helpdesk',
  'ticket.channel': 'channel',
  'ticket.priority': 'priority',
  'ticket.status': 'status',
  'ticket.tags': 'tags',
  'ticket.subject': 'subject',
  'ticket.text': 'ticket',
  'requester.name': 'requester’s name',
  'requester.email': 'requester’s email',
  'requester.phone': 'requester’s phone',
  'customer.products': 'products',
  'customer.recentContacts': 'contacts in 30 days',
};

const negative = new Set(['is_not', 'not_in', 'not_contains', 'excludes']);

/** `is_not`, `not_in`, `not_contains` and `excludes`: they keep an offer off, never explain one. */
export function isNegative(condition: Condition): boolean {
  return negative.has(condition.op);
}

const MAX_LISTED = 5;

function quote(value: string | number): string {
  return `“${value}”`;
}

/** "“a”", "“a” or “b”", "“a”, “b” or “c”"; past five, "… or 3 more". */
export function listed(items: readonly string[], conjunction: 'or' | 'and'): string {
  if (items.length > MAX_LISTED) {
    return `${items.slice(0, MAX_LISTED).join(', ')} ${conjunction} ${items.length - MAX_LISTED} more`;
  }
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

function valuesOf(condition: Condition): (string | number)[] {
  return Array.isArray(condition.value) ? condition.value : [condition.value];
}

function sameText(a: string | number, b: string): boolean {
  return String(a).toLowerCase() === b.toLowerCase();
}

/** What the phrase groups conditions by: several "mentions" of one field read as one reason. */
function groupKey(condition: Condition): string | undefined {
  const groups = ['contains', 'not_contains', 'includes', 'excludes'];
  return groups.includes(condition.op) ? `${condition.op} ${condition.field}` : undefined;
}

function grouped(conditions: readonly Condition[]): Condition[][] {
  const groups = new Map<string, Condition[]>();
  conditions.forEach((condition, index) => {
    const key = groupKey(condition) ?? String(index);
    groups.set(key, [...(groups.get(key) ?? []), condition]);
  });
  return [...groups.values()];
}

function textValue(facts: ConditionFacts, field: ConditionField): string | undefined {
  const { ticket } = facts;
  const values: Partial<Record<ConditionField, string | undefined>> = {
    'ticket.helpdesk': ticket.helpdesk,
    'ticket.channel': ticket.channel,
    'ticket.priority': ticket.priority,
    'ticket.status': ticket.status,
    'ticket.subject': ticket.subject,
    'requester.name': ticket.requester.name,
    'requester.email': ticket.requester.email,
    'requester.phone': ticket.requester.phone,
  };
  return values[field];
}

/** The listed values the ticket's tags or the customer's products actually have. */
function present(conditions: readonly Condition[], facts: ConditionFacts, name: ProductName): string[] {
  const field = conditions[0]!.field;
  const have = field === 'ticket.tags' ? facts.ticket.tags : (facts.customer?.products ?? []);
  const found = have.filter((item) =>
    conditions.some((condition) => valuesOf(condition).some((value) => sameText(value, item))),
  );
  return [...new Set(field === 'ticket.tags' ? found.map(quote) : found.map(name))];
}

/**
 * What the ticket or customer shows for conditions of one group: the evidence for a condition
 * that holds, or against a negative one that fails ("tagged “complaint”", "priority is urgent").
 */
function evidence(conditions: readonly Condition[], facts: ConditionFacts, name: ProductName): string {
  const first = conditions[0]!;
  const label = labels[first.field];
  if (first.op === 'contains' || first.op === 'not_contains') {
    const words = [...new Set(conditions.map((condition) => quote(condition.value as string)))];
    return `${label} mentions ${listed(words, 'and')}`;
  }
  if (first.field === 'ticket.tags') return `tagged ${listed(present(conditions, facts, name), 'and')}`;
  if (first.field === 'customer.products') return `owns ${listed(present(conditions, facts, name), 'and')}`;
  if (first.field === 'customer.recentContacts') return `${facts.customer?.recentContacts ?? 'no'} ${label}`;
  if (first.op === 'ends_with') return `${label} ends with ${quote(first.value as string)}`;
  const actual = textValue(facts, first.field);
  return actual === undefined ? `${label} not known` : `${label} is ${actual}`;
}

/** What a positive condition group asks for and did not find, after "needs". */
function expectation(conditions: readonly Condition[], name: ProductName): string {
  const first = conditions[0]!;
  const label = labels[first.field];
  const values = [...new Set(conditions.flatMap(valuesOf))];
  switch (first.op) {
    case 'contains':
      return `${label} to mention ${listed(values.map(quote), 'or')}`;
    case 'ends_with':
      return `${label} ending ${quote(first.value as string)}`;
    case 'includes':
      if (first.field === 'ticket.tags') return `tag ${listed(values.map(quote), 'or')}`;
      return listed(
        values.map((value) => name(String(value))),
        'or',
      );
    case 'greater_than':
      return `more than ${first.value} ${label}`;
    case 'less_than':
      return `fewer than ${first.value} ${label}`;
    case 'is':
      return typeof first.value === 'number' ? `exactly ${first.value} ${label}` : `${label} ${first.value}`;
    default:
      return `${label} ${listed(values.map(String), 'or')}`;
  }
}

/** Why an offer's conditions hold, one reason per group; negative conditions explain nothing. */
export function heldReasons(held: readonly Condition[], facts: ConditionFacts, name: ProductName): string[] {
  return grouped(held.filter((condition) => !isNegative(condition))).map((group) =>
    evidence(group, facts, name),
  );
}

/**
 * Why an offer's conditions fail: what the ticket shows against a negative condition, what a
 * positive `all` condition needs, and, when none of `any` holds, the choices it offered.
 */
export function failedReasons(
  failed: readonly Condition[],
  anyConditions: readonly Condition[],
  facts: ConditionFacts,
  name: ProductName,
): string[] {
  const fromAll = failed.filter((condition) => !anyConditions.includes(condition));
  const fromAny = failed.filter((condition) => anyConditions.includes(condition));
  const reasons = grouped(fromAll).map((group) =>
    isNegative(group[0]!) ? evidence(group, facts, name) : `needs ${expectation(group, name)}`,
  );
  if (fromAny.length > 0) {
    const choices = grouped(fromAny).map((group) =>
      isNegative(group[0]!) ? `not ${evidence(group, facts, name)}` : expectation(group, name),
    );
    reasons.push(choices.length === 1 ? `needs ${choices[0]}` : `needs one of: ${choices.join('; ')}`);
  }
  return reasons;
}
