import type * as zm from 'zod/mini';

import { overridableFields, type OverridableField } from './rule-fields';

/**
 * The zod functions the rule schemas are built with. The shape is written once, here: the
 * content script builds it with zod/mini (it must stay small), the pack schema with classic zod,
 * whose objects the pack validator walks to suggest field names ("did you mean "attribute"?").
 * A zod/mini schema does embed in a classic one (both run on zod's shared core), but the
 * validator's hints only see classic objects.
 */
export type SchemaKit = Pick<
  typeof zm,
  'strictObject' | 'optional' | 'array' | 'union' | 'string' | 'literal' | 'minLength' | 'maxLength'
> & {
  /**
   * A value map (`values`): a zod record in the pack schema; in the content script a small custom
   * check, as zod's record schema alone would add half a kilobyte (gzipped) to the page script.
   */
  stringMap(
    key: zm.core.$ZodType<string>,
    value: zm.core.$ZodType<string>,
  ): zm.core.$ZodType<Record<string, string>>;
};

type StringCheck = zm.core.$ZodCheck<string>;

/** Checks the pack schema adds to the shared shape (selector syntax, attribute names, no code). */
export interface RuleChecks {
  selector?: StringCheck[];
  attribute?: StringCheck[];
  /** Every other string a rule carries: value maps, separators, date formats, constants, names. */
  text?: StringCheck[];
  id?: StringCheck[];
  ticketUrl?: StringCheck[];
  /** Parameters of every strict object (the pack schema answers code-like keys with its own message). */
  object?: Parameters<SchemaKit['strictObject']>[1];
}

export const MAX_SELECTOR = 500;
export const MAX_ALTERNATIVES = 10;
/** Entries of a value map, and the length of each side. */
export const MAX_VALUES = 100;
export const MAX_VALUE_TEXT = 200;

/** Bounded non-empty text with the pack's extra checks. */
export function textSchema(k: SchemaKit, checks: RuleChecks, max: number) {
  return k.string().check(k.minLength(1), k.maxLength(max), ...(checks.text ?? []));
}

/** One selector, or alternatives tried in order (one per UI version), the first that matches winning. */
export function selectorSchema(k: SchemaKit, checks: RuleChecks) {
  const one = k.string().check(k.minLength(1), k.maxLength(MAX_SELECTOR), ...(checks.selector ?? []));
  return k.union([one, k.array(one).check(k.minLength(1), k.maxLength(MAX_ALTERNATIVES))]);
}

/**
 * How to read one snapshot field: data only (CSS selectors, an attribute name, a value map, a
 * date format), or a constant `value`.
 */
export function fieldRuleSchema(k: SchemaKit, checks: RuleChecks = {}) {
  const text = (max: number) => textSchema(k, checks, max);
  return k.strictObject(
    {
      selector: k.optional(selectorSchema(k, checks)),
      /** Read this attribute of the match instead of its text. */
      attribute: k.optional(k.string().check(k.minLength(1), k.maxLength(60), ...(checks.attribute ?? []))),
      /** Tags: every match, not only the first. */
      all: k.optional(k.literal(true)),
      /** Tags: split one element's text on this separator. */
      split: k.optional(text(10)),
      /** Page value → field value, matched ignoring case and extra spaces. */
      values: k.optional(k.stringMap(text(MAX_VALUE_TEXT), text(MAX_VALUE_TEXT))),
      /** Time fields: "iso", "local" (the agent's helpdesk clock) or tokens such as "DD.MM.YYYY HH:mm". */
      date: k.optional(text(40)),
      /** A constant instead of a selector (channel "email" for a helpdesk that only does email). */
      value: k.optional(text(MAX_VALUE_TEXT)),
    },
    checks.object,
  );
}

export type FieldRuleSchema = ReturnType<typeof fieldRuleSchema>;
export type FieldRule = zm.infer<FieldRuleSchema>;

type OptionalRules = { [F in OverridableField]: zm.ZodMiniOptional<FieldRuleSchema> };

function optionalRules(k: SchemaKit, rule: FieldRuleSchema): OptionalRules {
  return Object.fromEntries(overridableFields.map((field) => [field, k.optional(rule)])) as OptionalRules;
}

/** The fields an override replaces on a built-in helpdesk, each optional. */
export function overrideFieldsSchema(k: SchemaKit, rule: FieldRuleSchema, checks: RuleChecks = {}) {
  return k.strictObject(optionalRules(k, rule), checks.object);
}

/** The fields of a declared helpdesk: the subject is required, the ticket id may be read too. */
export function declaredFieldsSchema(k: SchemaKit, rule: FieldRuleSchema, checks: RuleChecks = {}) {
  return k.strictObject(
    { ...optionalRules(k, rule), ticketId: k.optional(rule), subject: rule },
    checks.object,
  );
}

export type FieldRules = zm.infer<ReturnType<typeof overrideFieldsSchema>>;
export type DeclaredFieldRules = zm.infer<ReturnType<typeof declaredFieldsSchema>>;
