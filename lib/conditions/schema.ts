import { z } from 'zod';

import { conditionFields, operatorsByKind, type ConditionField, type ConditionFieldType } from './fields';

const allOperators = [...new Set(Object.values(operatorsByKind).flat())] as [string, ...string[]];
const fieldNames = Object.keys(conditionFields) as [ConditionField, ...ConditionField[]];

const conditionValue = z.union([
  z.string().max(200),
  z.number().finite(),
  z.array(z.string().max(200)).min(1).max(100),
]);

/**
 * One test on a ticket or customer field, as Zendesk's SLA conditions are written:
 * `{ "field": "ticket.priority", "op": "in", "value": ["high", "urgent"] }`.
 * `in`, `not_in`, `includes` and `excludes` take a value or a list (any of them);
 * the others take one value of the field's kind.
 */
export const conditionSchema = z
  .strictObject({
    field: z.enum(fieldNames, {
      error: (issue) =>
        `unknown field ${JSON.stringify(issue.input)}; known fields: ${fieldNames.join(', ')}`,
    }),
    op: z.enum(allOperators, {
      error: (issue) => `unknown operator ${JSON.stringify(issue.input)}`,
    }),
    value: conditionValue,
  })
  .superRefine((condition, context) => {
    const type: ConditionFieldType = conditionFields[condition.field];
    const allowed: readonly string[] = operatorsByKind[type.kind];
    if (!allowed.includes(condition.op)) {
      context.addIssue({
        code: 'custom',
        path: ['op'],
        message: `"${condition.op}" does not apply to ${condition.field} (${type.kind}); use one of ${allowed.join(', ')}`,
      });
      return;
    }
    const values = Array.isArray(condition.value) ? condition.value : [condition.value];
    const takesList = ['in', 'not_in', 'includes', 'excludes'].includes(condition.op);
    if (Array.isArray(condition.value) && !takesList) {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${condition.op}" takes one value, not a list`,
      });
    }
    if (type.kind === 'number' && values.some((value) => typeof value !== 'number')) {
      context.addIssue({ code: 'custom', path: ['value'], message: `${condition.field} is a number` });
    }
    if (type.kind !== 'number' && values.some((value) => typeof value !== 'string')) {
      context.addIssue({ code: 'custom', path: ['value'], message: `${condition.field} takes text values` });
    }
    if (type.kind === 'enum') {
      for (const value of values) {
        if (typeof value === 'string' && !type.values.includes(value)) {
          context.addIssue({
            code: 'custom',
            path: ['value'],
            message: `${JSON.stringify(value)} is not a ${condition.field.replace('ticket.', '')}; expected one of ${type.values.join(', ')}`,
          });
        }
      }
    }
  });

/** `all` must all hold and at least one of `any` must hold (an empty or absent list holds). */
export const conditionsSchema = z.strictObject({
  all: z.array(conditionSchema).max(50).optional(),
  any: z.array(conditionSchema).max(50).optional(),
});

export type Condition = z.infer<typeof conditionSchema>;
export type Conditions = z.infer<typeof conditionsSchema>;
