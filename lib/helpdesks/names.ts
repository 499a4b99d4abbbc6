import { adapters } from './index';
import { noHelpdeskRules, type HelpdeskRules } from './rules/helpdesk-rules';

/**
 * The display name of a helpdesk id: "zendesk" → "Zendesk", a helpdesk an active pack declares
 * by the name the pack gives it ("acme-desk" → "Acme Desk"); the id itself for one we do not know.
 */
export function helpdeskName(helpdeskId: string, rules: HelpdeskRules = noHelpdeskRules): string {
  return (
    adapters.find((adapter) => adapter.id === helpdeskId)?.name ??
    rules.declared.find((declared) => declared.id === helpdeskId)?.name ??
    helpdeskId
  );
}

/** Every helpdesk the panel can follow by name: the built-in ones, then those the active packs declare. */
export function helpdeskNames(rules: HelpdeskRules = noHelpdeskRules): string[] {
  return [
    ...new Set([
      ...adapters.map((adapter) => adapter.name),
      ...rules.declared.map((declared) => declared.name),
    ]),
  ];
}
