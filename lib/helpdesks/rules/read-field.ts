import {
  channels,
  MAX_MESSAGE_TEXT,
  MAX_SHORT_TEXT,
  MAX_TAGS,
  priorities,
  statuses,
} from '../../ticket/fields';
import type { ExtractContext } from '../adapter';
import { clip, foldSpace, instantFromAttribute, multilineTextOf } from '../page-text';
import { instantOfLocalText } from '../local-time-text';
import { dateOrderOfFormat } from './date-format';
import type { FieldRule } from './field-rule-schema';
import { timeFields, type RuleField } from './rule-fields';

const enums: Partial<Record<RuleField, readonly string[]>> = {
  channel: channels,
  priority: priorities,
  status: statuses,
};
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The snapshot schema's bound on one tag. */
const MAX_TAG_TEXT = 100;

/**
 * The elements the first matching alternative finds. A selector this browser refuses (the pack
 * schema checks syntax, but browsers differ) finds nothing rather than breaking the reading.
 */
export function matchesOf(root: ParentNode, selector: string | string[], all?: boolean): Element[] {
  for (const one of typeof selector === 'string' ? [selector] : selector) {
    try {
      const found = all ? [...root.querySelectorAll(one)] : [root.querySelector(one)];
      if (found[0]) return found as Element[];
    } catch {
      // Not a selector this browser knows: try the next alternative.
    }
  }
  return [];
}

/** Whitespace-folded and clipped, as page-text.ts reads text; undefined when empty. */
function cleaned(raw: string | null | undefined, max: number): string | undefined {
  // Reading a huge value in full only to clip it wastes the page's time.
  const text = foldSpace((raw ?? '').slice(0, max * 4));
  return text ? clip(text, max) : undefined;
}

/** Text as the page shows it: an attribute (a form field's `value`), or the element's text. */
function textIn(element: Element, rule: FieldRule, max: number): string | undefined {
  if (rule.attribute) return cleaned(element.getAttribute(rule.attribute), max);
  return max > MAX_SHORT_TEXT ? multilineTextOf(element, max) : cleaned(element.textContent, max);
}

/** The value map's entry for `text`, matched ignoring case and extra spaces; else the text itself. */
function mapped(text: string, values: FieldRule['values']): string {
  const key = foldSpace(text).toLowerCase();
  for (const [from, to] of Object.entries(values ?? {})) if (foldSpace(from).toLowerCase() === key) return to;
  return text;
}

/** One page value as the snapshot field holds it, or undefined when it is not one (never a guess). */
function fieldValue(field: RuleField, text: string, rule: FieldRule, context: ExtractContext) {
  const allowed = enums[field];
  if (allowed) {
    const value = text.toLowerCase().replace(/\s+/g, '-');
    return allowed.includes(value) ? value : undefined;
  }
  if (timeFields.includes(field)) {
    const format = rule.date ?? 'iso';
    if (format === 'iso') return instantFromAttribute(text);
    const { timeZone } = context;
    return instantOfLocalText(
      text,
      format === 'local' ? context : { timeZone, dateOrder: dateOrderOfFormat(format) },
    );
  }
  if (field === 'requester.email') return emailPattern.test(text) ? text : undefined;
  if (field === 'ticketId') {
    const id = text.replace(/^#/, '');
    return id && id.length <= 40 ? id : undefined;
  }
  return text;
}

/**
 * Reads one field with a pack's rule inside `root` (the active ticket): a string, the tags, or
 * undefined when the rule matches nothing or what it finds is no value of that field.
 */
export function readField(
  root: ParentNode,
  field: RuleField,
  rule: FieldRule,
  context: ExtractContext,
): string | string[] | undefined {
  const tags = field === 'tags';
  const max = field === 'latestCustomerMessage' ? MAX_MESSAGE_TEXT : tags ? MAX_TAG_TEXT : MAX_SHORT_TEXT;
  const { value, split } = rule;
  let texts: (string | undefined)[] =
    value === undefined
      ? matchesOf(root, rule.selector ?? [], tags && rule.all).map((element) => textIn(element, rule, max))
      : [value];
  if (tags && split) texts = texts.flatMap((text) => text?.split(split).map((part) => cleaned(part, max)));
  const values = texts.flatMap((text) => {
    const read = text && fieldValue(field, mapped(text, rule.values), rule, context);
    return read ? [read] : [];
  });
  return tags ? (values.length ? [...new Set(values)].slice(0, MAX_TAGS) : undefined) : values[0];
}
