/**
 * Where Touchpoint runs. The content script, the host permissions and each adapter's
 * `matches()` all derive from this one list, so they cannot drift apart.
 * Only https: every supported helpdesk serves its agent UI over TLS.
 */
export const helpdeskHosts = {
  zendesk: ['*.zendesk.com'],
  salesforce: ['*.lightning.force.com', '*.my.salesforce.com'],
  freshdesk: ['*.freshdesk.com'],
} as const satisfies Record<string, readonly string[]>;

export const contentScriptMatches: string[] = Object.values(helpdeskHosts)
  .flat()
  .map((host) => `https://${host}/*`);

/** `*.zendesk.com` matches `acme.zendesk.com` (one or more labels), never `zendesk.com.evil.io`. */
export function hostMatches(pattern: string, hostname: string): boolean {
  const suffix = pattern.replace(/^\*\./, '.');
  return hostname.endsWith(suffix) && hostname.length > suffix.length;
}
