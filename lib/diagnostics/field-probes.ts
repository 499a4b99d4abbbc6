import type { HelpdeskRules } from '../helpdesks/index';
import { builtInProbes } from './field-selectors';
import { printable } from './report-format';
import { snapshotFields, type SnapshotField } from './snapshot-fields';

export type ProbeSource = 'built-in' | 'override' | 'declared';

export interface SelectorProbe {
  source: ProbeSource;
  selector: string;
  /** Built-in selectors: the UI era the adapter's selectors file names. */
  era?: string;
  /** Pack rules: the pack that carries the selector. */
  packName?: string;
  /** Elements the selector finds in the whole page. */
  matches: number;
  /** Of those, inside the active ticket's part of the page (when it was found). */
  matchesInTicket?: number;
  /** The browser refused the selector. */
  invalid?: true;
}

export interface FieldProbe {
  field: SnapshotField;
  /** Whether the reading holds a value for the field (never the value). */
  read: boolean;
  /** Whether a pack's override supplied it. */
  override?: true;
  selectors: SelectorProbe[];
}

/** Counting stops here: "more than this" is all a report needs to say. */
const MAX_COUNT = 10_000;
const MAX_SELECTORS_PER_FIELD = 40;

function count(root: ParentNode, selector: string): number | 'invalid' {
  try {
    return Math.min(root.querySelectorAll(selector).length, MAX_COUNT);
  } catch {
    return 'invalid';
  }
}

function probe(
  doc: Document,
  focus: Element | null,
  base: Omit<SelectorProbe, 'matches' | 'matchesInTicket' | 'invalid'>,
): SelectorProbe {
  const matches = count(doc, base.selector);
  // A pack's selector is shown to the lead as it runs, minus anything a terminal would act on.
  const shown = { ...base, selector: printable(base.selector).slice(0, 1000) };
  if (matches === 'invalid') return { ...shown, matches: 0, invalid: true };
  const inTicket = focus ? count(focus, base.selector) : undefined;
  return { ...shown, matches, ...(typeof inTicket === 'number' && { matchesInTicket: inTicket }) };
}

function alternatives(rule: { selector?: string | readonly string[] } | undefined): readonly string[] {
  if (!rule?.selector) return [];
  return typeof rule.selector === 'string' ? [rule.selector] : rule.selector;
}

/** The pack selectors that apply to `helpdesk`, per field. */
function ruleSelectors(
  rules: HelpdeskRules | undefined,
  helpdesk: string,
  field: SnapshotField,
): Omit<SelectorProbe, 'matches'>[] {
  if (!rules) return [];
  const overrides = rules.overrides
    .filter((override) => override.helpdesk === helpdesk)
    .flatMap(({ packName, fields }) =>
      alternatives(fields[field]).map((selector) => ({ source: 'override' as const, selector, packName })),
    );
  const declared = rules.declared
    .filter((entry) => entry.id === helpdesk)
    .flatMap(({ packName, fields }) =>
      alternatives(fields[field]).map((selector) => ({ source: 'declared' as const, selector, packName })),
    );
  return [...overrides, ...declared];
}

/**
 * For each snapshot field: whether it was read, and how many elements each selector that could
 * read it finds now (the built-in adapter's, then the packs'). Counts, never contents.
 */
export function probeFields(
  doc: Document,
  options: {
    helpdesk: string;
    read: Partial<Record<SnapshotField, boolean>>;
    overridden: readonly string[];
    rules?: HelpdeskRules;
    focus: Element | null;
  },
): FieldProbe[] {
  const table = builtInProbes[options.helpdesk];
  return snapshotFields.map((field) => {
    const candidates = [
      ...(table?.fields[field] ?? []).map((entry) => ({ source: 'built-in' as const, ...entry })),
      ...ruleSelectors(options.rules, options.helpdesk, field),
    ].slice(0, MAX_SELECTORS_PER_FIELD);
    return {
      field,
      read: options.read[field] ?? false,
      ...(options.overridden.includes(field) && { override: true as const }),
      selectors: candidates.map((candidate) => probe(doc, options.focus, candidate)),
    };
  });
}

/**
 * The active ticket's part of the page: where the adapter reads (and applies overrides), else
 * the first match of the built-in table's focus selectors; null when neither finds it.
 */
export function focusOf(doc: Document, helpdesk: string, ticketRoot: ParentNode | null): Element | null {
  if (ticketRoot && ticketRoot.nodeType === 1) return ticketRoot as Element;
  for (const selector of builtInProbes[helpdesk]?.focus ?? []) {
    try {
      const found = doc.querySelector(selector);
      if (found) return found;
    } catch {
      // A selector this browser does not support finds nothing.
    }
  }
  return null;
}
