import { channels, priorities, statuses } from '../ticket/fields';

/**
 * The fields a pack's conditions may test (design.md "Conditions": over ticket and customer
 * fields), each with its type, which fixes the operators it accepts. A condition naming a field
 * not listed here is refused when the pack is validated.
 */
export type ConditionFieldType =
  { kind: 'enum'; values: readonly string[] } | { kind: 'text' } | { kind: 'list' } | { kind: 'number' };

export const conditionFields = {
  'ticket.helpdesk': { kind: 'text' },
  'ticket.channel': { kind: 'enum', values: channels },
  'ticket.priority': { kind: 'enum', values: priorities },
  'ticket.status': { kind: 'enum', values: statuses },
  'ticket.tags': { kind: 'list' },
  'ticket.subject': { kind: 'text' },
  /** The subject and the latest customer message together: what the customer wrote. */
  'ticket.text': { kind: 'text' },
  'requester.name': { kind: 'text' },
  'requester.email': { kind: 'text' },
  'requester.phone': { kind: 'text' },
  /** Product ids the customer owns (history store). */
  'customer.products': { kind: 'list' },
  /** Contacts from this customer in the last 30 days, across channels (history store). */
  'customer.recentContacts': { kind: 'number' },
} as const satisfies Record<string, ConditionFieldType>;

export type ConditionField = keyof typeof conditionFields;

/** Which operators each field type accepts. Text comparisons ignore case. */
export const operatorsByKind = {
  enum: ['is', 'is_not', 'in', 'not_in'],
  text: ['is', 'is_not', 'contains', 'not_contains', 'ends_with'],
  list: ['includes', 'excludes'],
  number: ['is', 'less_than', 'greater_than'],
} as const satisfies Record<ConditionFieldType['kind'], readonly string[]>;

export type ConditionOperator = (typeof operatorsByKind)[keyof typeof operatorsByKind][number];
