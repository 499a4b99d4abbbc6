import type { PageReading } from '../ticket/page-reading';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { ExtractContext, HelpdeskAdapter } from './adapter';
import { extractContextFor } from './extract-context';
import { freshdesk } from './freshdesk';
import { hostMatches } from './hosts';
import { salesforce } from './salesforce';
import { zendesk } from './zendesk';

export type { ExtractContext, HelpdeskAdapter } from './adapter';

/** Every supported helpdesk. A test checks each adapter here has its fixtures and URL examples. */
export const adapters: readonly HelpdeskAdapter[] = [zendesk, salesforce, freshdesk];

export type { PageReading } from '../ticket/page-reading';

function toUrl(url: string | URL): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The adapter for the helpdesk serving `url`, by host; undefined off every helpdesk. */
export function helpdeskFor(url: string | URL): HelpdeskAdapter | undefined {
  const parsed = toUrl(url);
  if (!parsed || parsed.protocol !== 'https:') return undefined;
  return adapters.find((adapter) => adapter.hosts.some((host) => hostMatches(host, parsed.hostname)));
}

/**
 * Reads the page: the active ticket, or why there is none. Never throws: an adapter that trips
 * over an unexpected page yields `unreadable` with the reason, never a wrong ticket.
 */
export function readPage(doc: Document, url: string, context: ExtractContext): PageReading | null {
  const parsed = toUrl(url);
  const adapter = parsed && helpdeskFor(parsed);
  if (!parsed || !adapter) return null;
  const about = { helpdesk: adapter.id, helpdeskName: adapter.name };
  if (!adapter.matches(parsed)) return { kind: 'no-ticket', ...about };
  try {
    const snapshot = adapter.extract(doc, parsed, context);
    return snapshot
      ? { kind: 'ticket', snapshot }
      : {
          kind: 'unreadable',
          ...about,
          reason: 'The ticket is still loading or its fields could not be found.',
        };
  } catch (error) {
    return {
      kind: 'unreadable',
      ...about,
      reason: `Reading the page failed: ${String(error).slice(0, 200)}`,
    };
  }
}

/** design.md contract: the active ticket on a helpdesk page, or null. */
export function extractTicket(
  doc: Document,
  url: string,
  context: ExtractContext = extractContextFor({}),
): TicketSnapshot | null {
  const reading = readPage(doc, url, context);
  return reading?.kind === 'ticket' ? reading.snapshot : null;
}
