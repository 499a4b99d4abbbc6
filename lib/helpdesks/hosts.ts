/**
 * Where Touchpoint runs. Each helpdesk's content script, the host permissions and each adapter's
 * `matches()` all derive from this one list, so they cannot drift apart.
 * Only https: every supported helpdesk serves its agent UI over TLS.
 */
export const helpdeskHosts = {
  zendesk: ['*.zendesk.com'],
  salesforce: ['*.lightning.force.com', '*.my.salesforce.com'],
  freshdesk: ['*.freshdesk.com'],
} as const satisfies Record<string, readonly string[]>;

export type BuiltInHelpdeskId = keyof typeof helpdeskHosts;

/** Where one helpdesk's content script runs (entrypoints/<id>.content.ts): `https://*.zendesk.com/*`. */
export function contentScriptMatchesOf(helpdesk: BuiltInHelpdeskId): string[] {
  return helpdeskHosts[helpdesk].map((host) => `https://${host}/*`);
}

function allContentScriptMatches(): string[] {
  return (Object.keys(helpdeskHosts) as BuiltInHelpdeskId[]).flatMap((id) => contentScriptMatchesOf(id));
}

/**
 * Every built-in helpdesk's pages: the extension's host permissions (wxt.config.ts). Pure, so the
 * content scripts, which never read it, do not carry it.
 */
export const contentScriptMatches: string[] = /* @__PURE__ */ allContentScriptMatches();

/** `*.zendesk.com` matches `acme.zendesk.com` (one or more labels), never `zendesk.com.evil.io`. */
export function hostMatches(pattern: string, hostname: string): boolean {
  const suffix = pattern.replace(/^\*\./, '.');
  return hostname.endsWith(suffix) && hostname.length > suffix.length;
}

/** Does a built-in helpdesk serve pages on `hostname` (its own content script runs there)? */
export function isBuiltInHelpdeskHost(hostname: string): boolean {
  return Object.values(helpdeskHosts).some((hosts) => hosts.some((host) => hostMatches(host, hostname)));
}
