import type { TicketSnapshot } from '../ticket/snapshot';
import type { DateOrder } from '../time/local-date-text';

/** How the agent reads times a page prints without an offset (Salesforce, Freshdesk). */
export interface ExtractContext {
  /** IANA zone of the agent's helpdesk profile; defaults to the browser's. */
  timeZone: string;
  /** Order of numeric dates in the agent's helpdesk locale; defaults to the browser locale's. */
  dateOrder: DateOrder;
}

/**
 * One helpdesk: which URLs are its ticket pages and how to read the ticket the agent is
 * looking at. Shared work (picking the adapter, isolating errors, watching) lives in the
 * registry and the watcher, not here (style.md, practice 1).
 */
export interface HelpdeskAdapter {
  /** `TicketSnapshot.helpdesk` */
  id: string;
  /** Shown to the agent ("Ticket not recognised on this Zendesk page"). */
  name: string;
  /** Host patterns from `hosts.ts` (`*.zendesk.com`); a declared helpdesk's exact host, with any port. */
  hosts: readonly string[];
  /**
   * Is this URL a ticket page of this helpdesk (not a view, list, search or user page)? Real-shaped
   * examples of both kinds are in test/helpdesks/url-examples.ts (style.md, practice 3).
   */
  matches(url: URL): boolean;
  /**
   * The active ticket, or null when the page shows none yet (loading) or the ticket cannot be
   * read. Every field but the identity ones is left undefined rather than guessed.
   */
  extract(doc: Document, url: URL, context: ExtractContext): TicketSnapshot | null;
  /**
   * The element holding the ticket the URL names and the agent looks at (its layout, workspace
   * or view), or null while there is none. A pack's selector overrides are read only inside it,
   * never from a ticket kept in a hidden tab.
   */
  ticketRoot(doc: Document, url: URL): ParentNode | null;
  /**
   * The reply composer of the ticket the agent is looking at (a contenteditable editor or a
   * textarea), or null when none is open. Never the composer of a hidden ticket.
   */
  composer(doc: Document, url: URL): HTMLElement | null;
  /** The smallest element whose changes can change the snapshot; the watcher observes it. */
  observedRoot(doc: Document): Node | null;
}
