import type { TicketSnapshot } from '../../ticket/snapshot';
import type { HelpdeskAdapter } from '../adapter';
import { withRulesApplied } from './apply-rules';
import type { DeclaredHelpdesk } from './declared-helpdesk-schema';
import type { HelpdeskRules } from './helpdesk-rules';
import { matchesOf } from './read-field';
import { ruleFields } from './rule-fields';
import { ticketUrlPatternOf } from './ticket-url-pattern';

/**
 * A helpdesk adapter made from a pack's declaration: no code of the pack runs, only its
 * selectors, attribute names, value maps and date formats, read inside the active ticket.
 */
export function declaredAdapter(declared: DeclaredHelpdesk): HelpdeskAdapter {
  const pattern = ticketUrlPatternOf(declared.ticketUrl);

  function ticketRoot(doc: Document, url: URL): ParentNode | null {
    const id = pattern?.idOf(url);
    if (!id) return null;
    const { activeTicket } = declared;
    if (!activeTicket) return doc.body;
    // The id is letters, digits, "-" and "_" only, so it cannot break out of a quoted attribute value.
    const selectors = (typeof activeTicket === 'string' ? [activeTicket] : activeTicket).map((selector) =>
      selector.replaceAll('{id}', id),
    );
    return matchesOf(doc, selectors)[0] ?? null;
  }

  return {
    id: declared.id,
    name: declared.name,
    hosts: pattern ? [pattern.host] : [],
    matches: (url) => pattern?.idOf(url) !== undefined,
    ticketRoot,

    extract(doc, url, context) {
      const id = pattern?.idOf(url);
      const root = ticketRoot(doc, url);
      if (!id || !root) return null;
      const empty: TicketSnapshot = {
        helpdesk: declared.id,
        ticketId: id,
        url: url.href,
        subject: '',
        requester: {},
        // The snapshot needs a channel; a helpdesk that shows none is "other" (a rule may say "email").
        channel: 'other',
        tags: [],
      };
      const { snapshot, read } = withRulesApplied(empty, root, declared.fields, ruleFields, context);
      // Until the subject renders the ticket is still loading.
      return read.includes('subject') ? snapshot : null;
    },

    composer(doc, url) {
      const root = ticketRoot(doc, url);
      const editor = root && declared.composer && matchesOf(root, declared.composer)[0];
      return editor instanceof HTMLElement ? editor : null;
    },

    observedRoot: (doc) => (declared.observe && matchesOf(doc, declared.observe)[0]) || doc.body,
  };
}

/**
 * An adapter for each helpdesk the active packs declare. Rules reach the page only through the
 * pack schema; a declaration that still breaks here serves no page, and costs the others nothing.
 */
export function declaredAdaptersOf(rules: HelpdeskRules): HelpdeskAdapter[] {
  return rules.declared.flatMap((declared) => {
    try {
      return [declaredAdapter(declared)];
    } catch {
      return [];
    }
  });
}

/** The host permission a declared helpdesk needs, e.g. "https://desk.acme.example/*"; "" for a broken pattern. */
export function permissionOriginOf(declared: DeclaredHelpdesk): string {
  const pattern = ticketUrlPatternOf(declared.ticketUrl);
  // Match patterns carry no port: one without a port covers every port of the host.
  return pattern ? `https://${pattern.hostname}/*` : '';
}
