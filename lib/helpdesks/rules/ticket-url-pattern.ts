/**
 * A declared helpdesk's `ticketUrl` ("https://desk.acme.example/tickets/{id}") as a matcher.
 * The pack schema refuses every pattern this would read loosely (lib/helpdesks/rules/ticket-url-check.ts).
 */
export interface TicketUrlPattern {
  /** `desk.acme.example`, with a port when the pattern names one. */
  host: string;
  hostname: string;
  /** The ticket id the URL names, or undefined when it is no ticket page of this helpdesk. */
  idOf(url: URL): string | undefined;
}

/** Stands in for `{id}` while the pattern is parsed as a URL (braces would be percent-encoded). */
export const ID_MARK = 'tp9id9mark';

/** Letters, digits, "-" and "_", with at least one digit: "8812", "ACME-8812", never "new" or "search". */
const idPattern = /^(?=[^/]*\d)[\w-]{1,40}$/;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Undefined when `ticketUrl` is not a URL with `{id}` in its path or as a query value. */
export function ticketUrlPatternOf(ticketUrl: string): TicketUrlPattern | undefined {
  let pattern: URL;
  try {
    pattern = new URL(ticketUrl.replace('{id}', ID_MARK));
  } catch {
    return undefined;
  }
  const { host, hostname, pathname, searchParams } = pattern;
  const queryKey = [...searchParams].find(([, value]) => value === ID_MARK)?.[0];
  const [before, after] = pathname.split(ID_MARK);
  // The id in the path, then optional sub-pages ("/tickets/8812/history"); or the path as given.
  const path =
    after === undefined
      ? new RegExp(`^${escaped(pathname.replace(/\/$/, ''))}/?$`)
      : new RegExp(`^${escaped(before!)}([^/]+)${escaped(after)}(?:/.*)?$`);
  if (after === undefined && queryKey === undefined) return undefined;
  return {
    host,
    hostname,
    idOf(url) {
      if (url.protocol !== 'https:' || url.host !== host) return undefined;
      const inPath = path.exec(url.pathname);
      const id = queryKey === undefined ? inPath?.[1] : inPath && url.searchParams.get(queryKey);
      return id && idPattern.test(id) ? id : undefined;
    },
  };
}
