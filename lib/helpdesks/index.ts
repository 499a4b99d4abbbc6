import type { TicketSnapshot } from '../ticket/snapshot';
import type { ExtractContext, HelpdeskAdapter } from './adapter';
import { extractContextFor } from './extract-context';
import { freshdesk } from './freshdesk';
import { createPageReader } from './page-reader';
import { applyOverrides } from './rules/apply-rules';
import { declaredAdaptersOf } from './rules/declared-adapter';
import { noHelpdeskRules, type HelpdeskRules } from './rules/helpdesk-rules';
import { salesforce } from './salesforce';
import { zendesk } from './zendesk';

export type { ExtractContext, HelpdeskAdapter } from './adapter';
export type { HelpdeskRules } from './rules/helpdesk-rules';
export type { PageReading } from '../ticket/page-reading';

/**
 * Every supported helpdesk. A test checks each adapter here has its fixtures and URL examples.
 * The background, the panel and the page diagnostic read pages with all of them; each content
 * script builds its own reader with its helpdesk's adapter only (entrypoints/*.content.ts).
 */
export const adapters: readonly HelpdeskAdapter[] = [zendesk, salesforce, freshdesk];

/** Every built-in adapter first, then the helpdesks the active packs declare. */
export const pageReader = createPageReader(
  (rules) => [...adapters, ...declaredAdaptersOf(rules)],
  applyOverrides,
);

/**
 * The adapter for the helpdesk serving `url`: a built-in one by host pattern, else a helpdesk a
 * pack declares, by its exact host. Undefined off every helpdesk.
 */
export const helpdeskFor = pageReader.helpdeskFor;

/**
 * Reads the page: the active ticket, or why there is none, with the packs' selector overrides
 * for that helpdesk applied inside the active ticket. Never throws.
 */
export const readPage = pageReader.readPage;

/** design.md contract: the active ticket on a helpdesk page, or null. */
export function extractTicket(
  doc: Document,
  url: string,
  context: ExtractContext = extractContextFor({}),
  rules: HelpdeskRules = noHelpdeskRules,
): TicketSnapshot | null {
  const reading = readPage(doc, url, context, rules);
  return reading?.kind === 'ticket' ? reading.snapshot : null;
}
