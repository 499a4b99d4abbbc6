import type * as zm from 'zod/mini';

import {
  declaredFieldsSchema,
  fieldRuleSchema,
  selectorSchema,
  textSchema,
  type RuleChecks,
  type SchemaKit,
} from './field-rule-schema';

/**
 * An in-house or unsupported helpdesk described entirely in data (issue #8): where its ticket
 * pages are, which element holds the active ticket, how to read each field, where to reply.
 */
export function declaredHelpdeskShape(k: SchemaKit, checks: RuleChecks = {}) {
  const rule = fieldRuleSchema(k, checks);
  const selector = selectorSchema(k, checks);
  return {
    /** `TicketSnapshot.helpdesk`, e.g. "acme-desk". */
    id: k.string().check(k.minLength(2), k.maxLength(40), ...(checks.id ?? [])),
    /** Shown to the agent, e.g. "Acme Desk". */
    name: textSchema(k, checks, 60),
    /** "https://desk.acme.example/tickets/{id}": the exact https origin, `{id}` once in the path or query. */
    ticketUrl: k.string().check(k.minLength(1), k.maxLength(300), ...(checks.ticketUrl ?? [])),
    /** The element holding the ticket the agent looks at ("{id}" stands for the URL's id); default: the page. */
    activeTicket: k.optional(selector),
    fields: declaredFieldsSchema(k, rule, checks),
    /** The reply editor inside the active ticket. */
    composer: k.optional(selector),
    /** The smallest element whose changes can change the ticket; default: the page. */
    observe: k.optional(selector),
  };
}

export function declaredHelpdeskSchema(k: SchemaKit, checks: RuleChecks = {}) {
  return k.strictObject(declaredHelpdeskShape(k, checks), checks.object);
}

export type DeclaredHelpdesk = zm.infer<ReturnType<typeof declaredHelpdeskSchema>>;
