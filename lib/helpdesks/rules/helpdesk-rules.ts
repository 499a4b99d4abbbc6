import * as z from 'zod/mini';

import { declaredHelpdeskShape, type DeclaredHelpdesk } from './declared-helpdesk-schema';
import {
  fieldRuleSchema,
  MAX_VALUE_TEXT,
  MAX_VALUES,
  overrideFieldsSchema,
  type FieldRules,
  type SchemaKit,
} from './field-rule-schema';

/** A value map as the pack schema lets it through: at most 100 entries of short text. */
function isValueMap(map: unknown): boolean {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return false;
  const entries = Object.entries(map);
  return (
    entries.length <= MAX_VALUES &&
    entries.every(
      ([from, to]) => typeof to === 'string' && from.length <= MAX_VALUE_TEXT && to.length <= MAX_VALUE_TEXT,
    )
  );
}

// Each function named, never the namespace object: passing `z` itself as a value would defeat tree
// shaking and put all of zod (locales, JSON Schema) into the content script.
const kit: SchemaKit = {
  strictObject: z.strictObject,
  optional: z.optional,
  array: z.array,
  union: z.union,
  string: z.string,
  literal: z.literal,
  minLength: z.minLength,
  maxLength: z.maxLength,
  stringMap: () => z.custom<Record<string, string>>(isValueMap),
};

const MAX_OVERRIDES = 100;
const MAX_DECLARED = 50;

/**
 * What the content scripts read the page with, besides the built-in adapters: every active
 * pack's selector overrides and declared helpdesks, collected by the background (zod/mini: the
 * content scripts validate the stored item with it, and must stay small).
 */
function rulesSchema() {
  const name = z.string().check(z.minLength(1), z.maxLength(120));
  return z.strictObject({
    overrides: z
      .array(
        z.strictObject({
          helpdesk: z.string().check(z.maxLength(40)),
          packId: name,
          packName: name,
          fields: overrideFieldsSchema(kit, fieldRuleSchema(kit)),
        }),
      )
      .check(z.maxLength(MAX_OVERRIDES)),
    declared: z
      .array(z.strictObject({ ...declaredHelpdeskShape(kit), packId: name, packName: name }))
      .check(z.maxLength(MAX_DECLARED)),
  });
}

// Pure: a page script that never validates the stored item does not carry the schema.
export const helpdeskRulesSchema = /* @__PURE__ */ rulesSchema();

export type HelpdeskRules = z.infer<typeof helpdeskRulesSchema>;
export type HelpdeskOverrideFromPack = HelpdeskRules['overrides'][number];
export type DeclaredHelpdeskFromPack = DeclaredHelpdesk & { packId: string; packName: string };

export const noHelpdeskRules: HelpdeskRules = { overrides: [], declared: [] };

/** What `helpdeskRulesOf` needs of a pack (a `Pack` has it). */
export interface PackWithHelpdeskRules {
  id: string;
  name: string;
  helpdeskOverrides?: readonly { helpdesk: string; fields: FieldRules }[];
  declaredHelpdesks?: readonly DeclaredHelpdesk[];
}

/**
 * The rules of the active packs, in pack order. When two packs override the same field of the
 * same helpdesk the first pack wins and the later rule is dropped; a helpdesk declared twice
 * (same id, or same host) keeps its first declaration.
 */
export function helpdeskRulesOf(packs: readonly PackWithHelpdeskRules[]): HelpdeskRules {
  const rules: HelpdeskRules = { overrides: [], declared: [] };
  const taken = new Set<string>();
  const declaredKeys = new Set<string>();
  for (const pack of packs) {
    const from = { packId: pack.id, packName: pack.name };
    for (const override of pack.helpdeskOverrides ?? []) {
      const fields = Object.fromEntries(
        Object.entries(override.fields).filter(([field, rule]) => {
          const key = `${override.helpdesk}\n${field}`;
          const first = rule !== undefined && !taken.has(key);
          taken.add(key);
          return first;
        }),
      );
      if (Object.keys(fields).length > 0)
        rules.overrides.push({ helpdesk: override.helpdesk, ...from, fields });
    }
    for (const declared of pack.declaredHelpdesks ?? []) {
      const keys = [declared.id, hostOf(declared.ticketUrl)];
      if (keys.some((key) => declaredKeys.has(key))) continue;
      keys.forEach((key) => declaredKeys.add(key));
      rules.declared.push({ ...declared, ...from });
    }
  }
  // Beyond the stored item's bounds the content script would refuse every rule, not only the last.
  return {
    overrides: rules.overrides.slice(0, MAX_OVERRIDES),
    declared: rules.declared.slice(0, MAX_DECLARED),
  };
}

function hostOf(ticketUrl: string): string {
  return `host:${/^https:\/\/([^/?#]+)/.exec(ticketUrl)?.[1] ?? ticketUrl}`;
}
