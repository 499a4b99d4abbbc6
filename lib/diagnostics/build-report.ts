import type { ExtractContext } from '../helpdesks/adapter';
import {
  adapters,
  helpdeskFor,
  readPage,
  type HelpdeskAdapter,
  type HelpdeskRules,
} from '../helpdesks/index';
import type { PageReading } from '../ticket/page-reading';
import { focusOf, probeFields } from './field-probes';
import { corpusOf, pageTextOf } from './page-corpus';
import { createRedactor } from './redaction';
import { MAX_REPORT_SIZE, PAGE_REPORT_FORMAT, printable } from './report-format';
import type { PageReport } from './report-schema';
import { fieldsRead } from './snapshot-fields';
import { limits, walkStructure } from './structure-walk';

function readingKind(reading: PageReading | null): PageReport['reading'] {
  if (!reading) return 'not-a-helpdesk';
  if (reading.kind === 'unreadable' && reading.reason.startsWith('Reading the page failed')) return 'error';
  return reading.kind;
}

function helpdeskOf(
  adapter: HelpdeskAdapter | undefined,
  rules: HelpdeskRules | undefined,
): PageReport['helpdesk'] {
  if (!adapter) return { id: 'unknown', kind: 'unknown' };
  const { id } = adapter;
  if (adapters.some((builtIn) => builtIn.id === id)) return { id, kind: 'built-in' };
  return { id, kind: rules?.declared.some((declared) => declared.id === id) ? 'declared' : 'unknown' };
}

/** Where the adapter reads the URL's ticket; null when it shows none (or the page trips the adapter). */
function ticketRootOf(adapter: HelpdeskAdapter | undefined, doc: Document, url: URL): ParentNode | null {
  try {
    return adapter?.matches(url) ? adapter.ticketRoot(doc, url) : null;
  } catch {
    return null;
  }
}

/**
 * The page report for the page in `doc` (issue #8): what Touchpoint read, which selectors still
 * match, and the page's redacted structure. Runs in the helpdesk tab, on demand only. Nothing
 * from the page leaves as text: ids, classes and structural attribute values pass through the
 * redactor, made from everything the page shows as text.
 */
export function buildPageReport(
  doc: Document,
  url: string,
  context: ExtractContext,
  rules: HelpdeskRules | undefined,
  about: { now: Date; extensionVersion: string },
): PageReport {
  const parsed = new URL(url);
  const reading = readPage(doc, url, context, rules);
  const adapter = helpdeskFor(parsed, rules);
  const helpdesk = helpdeskOf(adapter, rules);
  const redact = createRedactor(corpusOf(pageTextOf(doc)));
  const focus = focusOf(doc, helpdesk.id, ticketRootOf(adapter, doc, parsed));
  const root = doc.body ?? doc.documentElement;
  const withoutTree: Omit<PageReport, 'tree'> = {
    format: PAGE_REPORT_FORMAT,
    createdAt: about.now.toISOString(),
    extensionVersion: printable(about.extensionVersion).slice(0, 40),
    helpdesk,
    reading: readingKind(reading),
    page: {
      origin: parsed.origin.slice(0, 200),
      path: printable(redact.path(parsed.pathname)).slice(0, 500),
      elements: doc.getElementsByTagName('*').length,
    },
    fields: probeFields(doc, {
      helpdesk: helpdesk.id,
      read: reading?.kind === 'ticket' ? fieldsRead(reading.snapshot) : {},
      overridden:
        reading?.kind === 'ticket' ? (reading.overrides ?? []).map((override) => override.field) : [],
      rules,
      focus,
    }),
  };
  // The tree gets what the rest of the report leaves of the size limit (packs can carry many selectors).
  const maxBytes = Math.min(limits.maxBytes, MAX_REPORT_SIZE - JSON.stringify(withoutTree).length - 1_000);
  const tree = root
    ? walkStructure(root, redact, focus, { maxElements: limits.maxElements, maxBytes })
    : { nodes: [], truncated: false };
  return { ...withoutTree, tree };
}
