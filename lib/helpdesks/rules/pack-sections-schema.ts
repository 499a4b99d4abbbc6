import { z } from 'zod';

import { declaredHelpdeskShape } from './declared-helpdesk-schema';
import {
  declaredFieldsSchema,
  fieldRuleSchema,
  MAX_VALUES,
  overrideFieldsSchema,
  type SchemaKit,
} from './field-rule-schema';
import { fieldRulesCheck } from './field-rule-checks';
import { builtInHelpdeskIds, packRuleChecks as checks } from './pack-rule-checks';

/**
 * The two pack sections of issue #8, in classic zod for the pack schema (background, pack tool,
 * JSON Schema for editors). Same shape as the content script's zod/mini copy: both come from the
 * factories in field-rule-schema.ts and declared-helpdesk-schema.ts.
 */

/** Classic zod's functions, named one by one so the bundler keeps only these. */
const kit: SchemaKit = {
  strictObject: z.strictObject,
  optional: z.optional,
  array: z.array,
  union: z.union,
  string: z.string,
  literal: z.literal,
  minLength: z.minLength,
  maxLength: z.maxLength,
  stringMap: (key, value) =>
    z
      .record(key, value)
      .refine((map) => Object.keys(map).length <= MAX_VALUES, `at most ${MAX_VALUES} values`),
};

const rule = fieldRuleSchema(kit, checks);

function duplicates<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const value = key(item);
    const repeated = seen.has(value);
    seen.add(value);
    return repeated ? [index] : [];
  });
}

/** Replacement rules for a built-in helpdesk's fields, applied on top of its adapter. */
export const helpdeskOverrideSchema = z.strictObject(
  {
    helpdesk: z.enum(builtInHelpdeskIds),
    fields: overrideFieldsSchema(kit, rule, checks).check(fieldRulesCheck),
  },
  checks.object,
);

export const helpdeskOverridesSchema = z
  .array(helpdeskOverrideSchema)
  .max(builtInHelpdeskIds.length)
  .superRefine((overrides, context) => {
    for (const index of duplicates(overrides, (override) => override.helpdesk)) {
      context.addIssue({
        code: 'custom',
        path: [index, 'helpdesk'],
        message: `"${overrides[index]?.helpdesk}" is overridden twice in this pack; put its fields in one entry`,
      });
    }
  });

/** An in-house or unsupported helpdesk, described in data. */
export const declaredHelpdeskPackSchema = z.strictObject(
  {
    ...declaredHelpdeskShape(kit, checks),
    fields: declaredFieldsSchema(kit, rule, checks).check(fieldRulesCheck),
  },
  checks.object,
);

function hostOf(ticketUrl: string): string {
  return /^https:\/\/([^/?#]+)/.exec(ticketUrl)?.[1] ?? ticketUrl;
}

export const declaredHelpdesksSchema = z
  .array(declaredHelpdeskPackSchema)
  .max(10)
  .superRefine((declared, context) => {
    for (const index of duplicates(declared, (helpdesk) => helpdesk.id)) {
      context.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate id "${declared[index]?.id}"`,
      });
    }
    for (const index of duplicates(declared, (helpdesk) => hostOf(helpdesk.ticketUrl))) {
      context.addIssue({
        code: 'custom',
        path: [index, 'ticketUrl'],
        message: `${hostOf(declared[index]?.ticketUrl ?? '')} is declared twice in this pack`,
      });
    }
  });
