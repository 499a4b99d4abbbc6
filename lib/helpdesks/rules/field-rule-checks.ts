import { z } from 'zod';

import { channels, priorities, statuses } from '../../ticket/fields';
import { dateFormatProblem } from './date-format-check';
import type { FieldRule } from './field-rule-schema';
import { timeFields, type RuleField } from './rule-fields';

/**
 * The pack schema's checks of each field's rule against the field it reads: a date format only
 * for a time, a value map only to values the field has. Background and pack tool only.
 */

type Problem = { path: (string | number)[]; message: string };

const enums: Partial<Record<RuleField, readonly string[]>> = {
  channel: channels,
  priority: priorities,
  status: statuses,
};
const constantFields: readonly RuleField[] = ['channel', 'priority', 'status', 'tags'];
const selectorOptions = ['selector', 'attribute', 'all', 'split', 'values', 'date'] as const;

function notAValue(field: RuleField, value: string, allowed: readonly string[]): string {
  return `${JSON.stringify(value)} is not a ${field}; expected one of ${allowed.join(', ')}`;
}

/** A constant rule: nothing read from the page, a value the field can hold. */
function constantProblems(field: RuleField, value: string, rule: FieldRule): Problem[] {
  const extra = selectorOptions.find((option) => rule[option] !== undefined);
  const allowed = enums[field];
  const problems: Problem[] = [];
  if (extra) {
    const message = `a rule with a constant "value" reads nothing from the page; drop "${extra}" or "value"`;
    problems.push({ path: [extra], message });
  }
  if (!constantFields.includes(field)) {
    problems.push({
      path: ['value'],
      message: `a constant "value" fits channel, priority, status or tags, not "${field}"`,
    });
  } else if (allowed && !allowed.includes(value)) {
    problems.push({ path: ['value'], message: notAValue(field, value, allowed) });
  }
  return problems;
}

/** A rule that reads the page: a selector, and options that fit the field. */
function selectorRuleProblems(field: RuleField, rule: FieldRule): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  if (rule.selector === undefined)
    add([], `give a "selector" to read "${field}" from the page, or a constant "value"`);
  if (field !== 'tags' && rule.all) add(['all'], '"all" reads every match, for tags only');
  if (field !== 'tags' && rule.split !== undefined) {
    add(['split'], `"split" cuts one element's text into tags, for tags only`);
  }
  if (rule.date !== undefined) {
    const problem = timeFields.includes(field)
      ? dateFormatProblem(rule.date)
      : `"date" is for ${timeFields.join(', ')}, not "${field}"`;
    if (problem) add(['date'], problem);
  }
  const allowed = enums[field];
  for (const [from, to] of Object.entries(allowed ? (rule.values ?? {}) : {})) {
    if (!allowed!.includes(to)) add(['values', from], notAValue(field, to, allowed!));
  }
  return problems;
}

/** The field-by-field checks of a rules object (an override's or a declared helpdesk's `fields`). */
export const fieldRulesCheck = z.superRefine<Partial<Record<RuleField, FieldRule>>>((rules, context) => {
  for (const [field, rule] of Object.entries(rules) as [RuleField, FieldRule | undefined][]) {
    if (!rule) continue;
    const problems =
      rule.value === undefined
        ? selectorRuleProblems(field, rule)
        : constantProblems(field, rule.value, rule);
    for (const { path, message } of problems) {
      context.addIssue({ code: 'custom', path: [field, ...path], message, input: rule });
    }
  }
});
