import type { TicketSnapshot } from '../../ticket/snapshot';
import type { ExtractContext } from '../adapter';
import type { FieldRule } from './field-rule-schema';
import type { HelpdeskOverrideFromPack } from './helpdesk-rules';
import { readField } from './read-field';
import { overridableFields, type RuleField } from './rule-fields';

/** A field an override supplied, as `PageReading` names it. */
export interface AppliedOverride {
  field: string;
  packName: string;
}

/**
 * `snapshot` with every field in `fields` that a rule reads inside `root` replaced; a rule that
 * matches nothing (or finds no value of its field) leaves the field as it was.
 */
export function withRulesApplied(
  snapshot: TicketSnapshot,
  root: ParentNode,
  rules: Partial<Record<RuleField, FieldRule>>,
  fields: readonly RuleField[],
  context: ExtractContext,
): { snapshot: TicketSnapshot; read: RuleField[] } {
  const read: RuleField[] = [];
  let result = snapshot;
  for (const field of fields) {
    const rule = rules[field];
    const value = rule && readField(root, field, rule, context);
    if (value === undefined) continue;
    read.push(field);
    const [key, part] = field.split('.') as [string, string?];
    // readField gives each field its own kind of value (tags a list, enums checked), so the cast holds.
    result = (
      part ? { ...result, requester: { ...result.requester, [part]: value } } : { ...result, [key]: value }
    ) as TicketSnapshot;
  }
  return { snapshot: result, read };
}

/**
 * Applies the overrides of the snapshot's helpdesk, in order. `helpdeskRulesOf` has already kept
 * each field's rule from the first pack only.
 */
export function applyOverrides(
  snapshot: TicketSnapshot,
  root: ParentNode,
  overrides: readonly HelpdeskOverrideFromPack[],
  context: ExtractContext,
): { snapshot: TicketSnapshot; applied: AppliedOverride[] } {
  const applied: AppliedOverride[] = [];
  let result = snapshot;
  for (const { helpdesk, packName, fields } of overrides) {
    if (helpdesk !== snapshot.helpdesk) continue;
    const next = withRulesApplied(result, root, fields, overridableFields, context);
    result = next.snapshot;
    for (const field of next.read) applied.push({ field, packName });
  }
  return { snapshot: result, applied };
}
