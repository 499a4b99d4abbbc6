import type { PageReading } from '../ticket/page-reading';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { ExtractContext, HelpdeskAdapter } from './adapter';
import { hostMatches } from './hosts';
import type { applyOverrides as ApplyOverrides } from './rules/apply-rules';
import { noHelpdeskRules, type HelpdeskRules } from './rules/helpdesk-rules';

/** Picks the adapter for a page and reads it; what the content scripts, the background and the diagnostic share. */
export interface PageReader {
  /**
   * The adapter for the helpdesk serving `url`, in the order `adaptersFor` gives them: a built-in
   * one by host pattern (`*.zendesk.com`), a declared one by its exact host. Undefined off every
   * helpdesk, and for anything but https.
   */
  helpdeskFor(url: string | URL, rules?: HelpdeskRules): HelpdeskAdapter | undefined;
  /**
   * Reads the page: the active ticket, or why there is none, with the packs' selector overrides
   * for that helpdesk applied inside the active ticket. Never throws: an adapter or a rule that
   * trips over an unexpected page yields `unreadable` with the reason, never a wrong ticket.
   */
  readPage(doc: Document, url: string, context: ExtractContext, rules?: HelpdeskRules): PageReading | null;
}

function toUrl(url: string | URL): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A built-in adapter's host patterns match by suffix; a declared helpdesk's exact host (port included) by equality. */
function serves(adapter: HelpdeskAdapter, url: URL): boolean {
  return adapter.hosts.some((host) =>
    host.startsWith('*.') ? hostMatches(host, url.hostname) : host === url.host,
  );
}

/**
 * A page reader that knows only the adapters `adaptersFor` gives, so a content script carries
 * the code of its own helpdesk and no other. `applyOverrides` (lib/helpdesks/rules/apply-rules.ts)
 * applies the packs' selector overrides to a built-in adapter's snapshot; a reader without it
 * applies none (declared helpdesks: the pack schema keys overrides by built-in helpdesk only).
 */
export function createPageReader(
  adaptersFor: (rules: HelpdeskRules) => readonly HelpdeskAdapter[],
  applyOverrides?: typeof ApplyOverrides,
): PageReader {
  // Rules change only when the packs do; their adapters are made once per rules object.
  let made: { rules: HelpdeskRules; adapters: readonly HelpdeskAdapter[] } | undefined;

  function adaptersOf(rules: HelpdeskRules): readonly HelpdeskAdapter[] {
    if (made?.rules !== rules) {
      let adapters: readonly HelpdeskAdapter[];
      try {
        adapters = adaptersFor(rules);
      } catch {
        // Rules reach the page only through the pack schema; one that still breaks here serves no page.
        adapters = [];
      }
      made = { rules, adapters };
    }
    return made.adapters;
  }

  function helpdeskFor(
    url: string | URL,
    rules: HelpdeskRules = noHelpdeskRules,
  ): HelpdeskAdapter | undefined {
    const parsed = toUrl(url);
    if (!parsed || parsed.protocol !== 'https:') return undefined;
    return adaptersOf(rules).find((adapter) => serves(adapter, parsed));
  }

  /** The reading of a ticket, with the fields the packs' selector overrides supplied. */
  function ticketReading(
    doc: Document,
    url: URL,
    adapter: HelpdeskAdapter,
    snapshot: TicketSnapshot,
    context: ExtractContext,
    rules: HelpdeskRules,
  ): PageReading {
    const overrides = rules.overrides.filter((override) => override.helpdesk === adapter.id);
    if (!applyOverrides || overrides.length === 0) return { kind: 'ticket', snapshot };
    try {
      const root = adapter.ticketRoot(doc, url);
      const applied = root && applyOverrides(snapshot, root, overrides, context);
      // PageReading names at most 20 overridden fields; there are 12 a rule can override.
      if (applied?.applied.length)
        return { kind: 'ticket', snapshot: applied.snapshot, overrides: applied.applied.slice(0, 20) };
    } catch {
      // An override that trips over the page never costs the agent what the adapter read.
    }
    return { kind: 'ticket', snapshot };
  }

  function readPage(
    doc: Document,
    url: string,
    context: ExtractContext,
    rules: HelpdeskRules = noHelpdeskRules,
  ): PageReading | null {
    const parsed = toUrl(url);
    const adapter = parsed && helpdeskFor(parsed, rules);
    if (!parsed || !adapter) return null;
    const about = { helpdesk: adapter.id, helpdeskName: adapter.name };
    if (!adapter.matches(parsed)) return { kind: 'no-ticket', ...about };
    try {
      const snapshot = adapter.extract(doc, parsed, context);
      return snapshot
        ? ticketReading(doc, parsed, adapter, snapshot, context, rules)
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

  return { helpdeskFor, readPage };
}
