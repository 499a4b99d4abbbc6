/**
 * Whether a pack's conditions hold for a ticket (and, for offers, its customer). Pure and
 * generic: standards and offers share it. Only each snapshot's lower-cased text is remembered
 * between calls (a WeakMap keyed by the snapshot), never a result.
 *
 * - A missing ticket field (no priority, no requester email) never matches: `is`, `in`,
 *   `contains`, `ends_with`, `includes`, `greater_than` and `less_than` are false, and their
 *   negations (`is_not`, `not_in`, `not_contains`, `excludes`) are true.
 * - A customer field when no customer is known is false for every operator, negations included:
 *   an offer must never be shown to a guessed customer.
 * - Text and list comparisons ignore case.
 */
import type { TicketSnapshot } from '../ticket/snapshot';
import type { ConditionField } from './fields';
import type { Condition, Conditions } from './schema';

export interface CustomerFacts {
  /** Product ids the customer owns. */
  products: readonly string[];
  /** Contacts from this customer in the last 30 days, across channels. */
  recentContacts: number;
}

export interface ConditionFacts {
  ticket: TicketSnapshot;
  customer?: CustomerFacts;
}

type FieldValue = string | number | readonly string[] | undefined;

const unknownCustomer = Symbol('unknown customer');

/** Each negative operator is the exact negation of its positive twin. */
const negations: Readonly<Record<string, string>> = {
  is_not: 'is',
  not_in: 'in',
  not_contains: 'contains',
  excludes: 'includes',
};

function valueOf(
  field: ConditionField,
  { ticket, customer }: ConditionFacts,
): FieldValue | typeof unknownCustomer {
  switch (field) {
    case 'ticket.helpdesk':
      return ticket.helpdesk;
    case 'ticket.channel':
      return ticket.channel;
    case 'ticket.priority':
      return ticket.priority;
    case 'ticket.status':
      return ticket.status;
    case 'ticket.tags':
      return ticket.tags;
    case 'ticket.subject':
      return ticket.subject;
    case 'ticket.text':
      // A line break between them, so a phrase never matches across the subject's end.
      return ticket.latestCustomerMessage === undefined
        ? ticket.subject
        : `${ticket.subject}\n${ticket.latestCustomerMessage}`;
    case 'requester.name':
      return ticket.requester.name;
    case 'requester.email':
      return ticket.requester.email;
    case 'requester.phone':
      return ticket.requester.phone;
    case 'customer.products':
      return customer ? customer.products : unknownCustomer;
    case 'customer.recentContacts':
      return customer ? customer.recentContacts : unknownCustomer;
  }
}

/** A field's value with its text in lower case, as every comparison reads it. */
type LoweredValue = string | number | readonly string[] | undefined;

function lowered(value: FieldValue): LoweredValue {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value)) return value.map((item: string) => item.toLowerCase());
  return value;
}

/**
 * Each ticket's (and customer's) fields in lower case, computed once per object: a queue tests the
 * same snapshot against dozens of standards and offers, and a customer's message can be long.
 * Snapshots are never changed in place, so a cached value cannot go stale.
 */
const loweredFields = new WeakMap<object, Map<ConditionField, LoweredValue>>();

function loweredValueOf(field: ConditionField, facts: ConditionFacts): LoweredValue | typeof unknownCustomer {
  const isCustomerField = field.startsWith('customer.');
  if (isCustomerField && !facts.customer) return unknownCustomer;
  const owner: object = isCustomerField && facts.customer ? facts.customer : facts.ticket;
  let fields = loweredFields.get(owner);
  if (!fields) {
    fields = new Map();
    loweredFields.set(owner, fields);
  }
  if (fields.has(field)) return fields.get(field);
  const value = valueOf(field, facts);
  const lower = value === unknownCustomer ? undefined : lowered(value);
  fields.set(field, lower);
  return lower;
}

function isList(value: LoweredValue): value is readonly string[] {
  return Array.isArray(value);
}

/** Whether `test` holds for the value, or for any value of a list. */
function anyOf(expected: Condition['value'], test: (wanted: string | number) => boolean): boolean {
  return Array.isArray(expected) ? expected.some(test) : test(expected);
}

/** `actual` is already in lower case (`loweredValueOf`). */
function isEqual(actual: string | number, expected: string | number): boolean {
  if (typeof actual === 'string' && typeof expected === 'string') return actual === expected.toLowerCase();
  return actual === expected;
}

function holdsPositively(
  op: string,
  actual: Exclude<LoweredValue, undefined>,
  expected: Condition['value'],
): boolean {
  if (isList(actual)) {
    if (op !== 'includes') return false;
    return anyOf(expected, (wanted) => typeof wanted === 'string' && actual.includes(wanted.toLowerCase()));
  }
  switch (op) {
    case 'is':
      return !Array.isArray(expected) && isEqual(actual, expected);
    case 'in':
      return anyOf(expected, (wanted) => isEqual(actual, wanted));
    case 'contains':
      return (
        typeof actual === 'string' && typeof expected === 'string' && actual.includes(expected.toLowerCase())
      );
    case 'ends_with':
      return (
        typeof actual === 'string' && typeof expected === 'string' && actual.endsWith(expected.toLowerCase())
      );
    case 'greater_than':
      return typeof actual === 'number' && typeof expected === 'number' && actual > expected;
    case 'less_than':
      return typeof actual === 'number' && typeof expected === 'number' && actual < expected;
    default:
      return false;
  }
}

/** Whether one condition holds; an operator the schema does not know never holds. */
export function conditionHolds(condition: Condition, facts: ConditionFacts): boolean {
  const actual = loweredValueOf(condition.field, facts);
  if (actual === unknownCustomer) return false;
  const positiveOp = negations[condition.op];
  if (positiveOp === undefined) {
    return actual !== undefined && holdsPositively(condition.op, actual, condition.value);
  }
  return actual === undefined || !holdsPositively(positiveOp, actual, condition.value);
}

/** Every `all` condition holds and, when `any` lists some, at least one of them holds. */
export function evaluateConditions(conditions: Conditions, facts: ConditionFacts): boolean {
  const { all, any } = conditions;
  return (
    (all === undefined || all.every((condition) => conditionHolds(condition, facts))) &&
    (any === undefined || any.length === 0 || any.some((condition) => conditionHolds(condition, facts)))
  );
}

/** What a list of conditions came to, condition by condition, so a match can be explained. */
export interface ConditionsExplained {
  /** Always what `evaluateConditions` answers for the same conditions and facts. */
  holds: boolean;
  /** Every `all` and `any` condition that holds, in the order written. */
  held: Condition[];
  /** The `all` conditions that fail, then every `any` condition when none of them holds. */
  failed: Condition[];
}

/**
 * Like `evaluateConditions`, but tests every condition instead of stopping at the first that
 * decides, so offers can say "ticket mentions “weak”" or which condition kept them back.
 */
export function explainConditions(conditions: Conditions, facts: ConditionFacts): ConditionsExplained {
  const held: Condition[] = [];
  const failed: Condition[] = [];
  for (const condition of conditions.all ?? []) {
    (conditionHolds(condition, facts) ? held : failed).push(condition);
  }
  const any = conditions.any ?? [];
  const anyHeld = any.filter((condition) => conditionHolds(condition, facts));
  held.push(...anyHeld);
  const anyHolds = any.length === 0 || anyHeld.length > 0;
  if (!anyHolds) failed.push(...any);
  return { holds: failed.length === 0, held, failed };
}
