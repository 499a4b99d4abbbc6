import type { TicketSnapshot } from '../ticket/snapshot';

/** Values for `{{name}}` placeholders, by name ("requester.firstName"); undefined when not known. */
export type PlaceholderValues = Record<string, string | undefined>;

/** `{{ requester.firstName | "there" }}`: a dotted name, and optionally a quoted fallback. */
const placeholder = /\{\{\s*([A-Za-z][\w]*(?:\.[A-Za-z][\w]*)*)\s*(?:\|\s*"([^"]*)"\s*)?\}\}/g;

/** What the agent is asked for when a placeholder has no value (the card's fill-in labels). */
export const placeholderLabels: Record<string, string> = {
  'requester.firstName': "Customer's first name",
  'requester.name': "Customer's name",
  'requester.email': "Customer's email",
  'requester.phone': "Customer's phone",
  'ticket.id': 'Ticket number',
  'ticket.subject': 'Ticket subject',
  'agent.name': 'Your name',
  'agent.firstName': 'Your first name',
};

export function placeholderLabel(name: string): string {
  return placeholderLabels[name] ?? name;
}

/**
 * Fills every placeholder it has a value for, and the fallback where it has none. A placeholder
 * with neither stays in the text as written and is listed in `missing`, so the agent fills it
 * before anything reaches the customer.
 */
export function fillPlaceholders(
  text: string,
  values: PlaceholderValues,
): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const filled = text.replace(placeholder, (written, name: string, fallback: string | undefined) => {
    const value = values[name]?.trim();
    if (value) return value;
    if (fallback !== undefined) return fallback;
    missing.add(name);
    return written;
  });
  return { text: filled, missing: [...missing] };
}

/** "Maya Okafor" → "Maya"; "Okafor, Maya" → "Maya"; an email address is no name. */
function firstNameOf(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed || trimmed.includes('@')) return undefined;
  const [family, given] = trimmed.split(',').map((part) => part.trim());
  const first = (given || family)!.split(/\s+/)[0];
  return first || undefined;
}

/** What the ticket and the agent fill in. */
export function placeholderValuesFor(
  ticket: TicketSnapshot,
  agent: { name?: string } = {},
): PlaceholderValues {
  const { requester } = ticket;
  const requesterName = requester.name?.includes('@') ? undefined : requester.name;
  return {
    'requester.firstName': firstNameOf(requester.name),
    'requester.name': requesterName,
    'requester.email': requester.email,
    'requester.phone': requester.phone,
    'ticket.id': ticket.ticketId,
    'ticket.subject': ticket.subject || undefined,
    'agent.name': agent.name,
    'agent.firstName': firstNameOf(agent.name),
  };
}

/**
 * Values as literal Markdown text: a requester called "[Refund](https://evil.example)" must read
 * as that name in the preview, not become a link the page's customer put in the agent's panel.
 * ":" and "@" are escaped too, or a bare URL or address would still be autolinked.
 */
export function asMarkdownText(values: PlaceholderValues): PlaceholderValues {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      value?.replace(/[\\`*_{}[\]()#+\-.!|<>~:@]/g, '\\$&'),
    ]),
  );
}
