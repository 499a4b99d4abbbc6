import { helpdeskHosts, hostMatches } from '../hosts';
import { ID_MARK, ticketUrlPatternOf } from './ticket-url-pattern';

const example = 'e.g. "https://desk.acme.example/tickets/{id}"';
const hostLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/** A host name with at least two labels ("desk.acme.example"), or an IPv4 address. */
function isHostName(hostname: string): boolean {
  const labels = hostname.split('.');
  return ipv4.test(hostname) || (labels.length > 1 && labels.every((label) => hostLabel.test(label)));
}

/** The built-in helpdesk whose pages `hostname` serves ("northwind.zendesk.com", or "zendesk.com" itself). */
function builtInServing(hostname: string): string | undefined {
  return Object.entries(helpdeskHosts).find(([, hosts]) =>
    hosts.some((host) => hostMatches(host, hostname) || hostname === host.replace(/^\*\./, '')),
  )?.[0];
}

/**
 * Why a declared helpdesk's `ticketUrl` cannot be used; undefined when it can. Only an exact https
 * host is accepted: the agent grants the extension that one origin, never every site.
 */
export function ticketUrlProblem(ticketUrl: string): string | undefined {
  const quoted = JSON.stringify(ticketUrl);
  const everySite = /^(?:<all_urls>|(?:\*|https?):\/\/\*(?:\/.*)?)$/.test(ticketUrl);
  if (everySite)
    return `${quoted} would match every site; give the exact https origin of your helpdesk, ${example}`;
  if (ticketUrl.includes('*')) {
    return `${quoted} has a wildcard; give the exact https origin of your helpdesk, ${example}`;
  }
  const ids = ticketUrl.split('{id}').length - 1;
  if (ids !== 1) {
    return `${quoted} needs "{id}" exactly once, where the ticket's number goes, ${example}`;
  }
  let url: URL;
  try {
    url = new URL(ticketUrl.replace('{id}', ID_MARK));
  } catch {
    return `${quoted} is not a URL; ${example}`;
  }
  if (url.protocol !== 'https:')
    return `${quoted} must start with "https://"; Touchpoint reads helpdesks only over TLS`;
  if (url.username || url.password || url.hash) {
    return `${quoted} must not carry a user name, password or "#" part; ${example}`;
  }
  if (url.hostname.includes(ID_MARK))
    return `"{id}" must be in the path or the query of ${quoted}, not in its host`;
  if (!isHostName(url.hostname)) return `${quoted} names no host such as "desk.acme.example"; ${example}`;
  const builtIn = builtInServing(url.hostname);
  if (builtIn) {
    const name = builtIn[0]!.toUpperCase() + builtIn.slice(1);
    return `${url.hostname} is served by the built-in ${name} adapter; adjust it with "helpdeskOverrides" instead of declaring it`;
  }
  if (!ticketUrlPatternOf(ticketUrl)) {
    return `"{id}" must be in the path or be a whole query value ("?ticket={id}") of ${quoted}`;
  }
  return undefined;
}
