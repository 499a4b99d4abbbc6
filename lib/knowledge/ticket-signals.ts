import type { TicketSnapshot } from '../ticket/snapshot';
import { labelWords, normaliseLabel, termsOf, wordsLine } from './terms';

/** The most message words a ranking uses: a long email's tail rarely says what it is about. */
const MAX_MESSAGE_TERMS = 25;

/** What a ticket says about the snippet it needs, read once per ranking. */
export interface TicketSignals {
  subjectTerms: string[];
  messageTerms: string[];
  tagTerms: string[];
  /** Ticket tags as labels ("router-x2"), to compare with snippet tags and product ids. */
  tags: ReadonlySet<string>;
  /** Product ids (from the snippets' catalogue) that the ticket names or is tagged with. */
  products: string[];
}

function mentions(line: string, productId: string): boolean {
  const words = productId.split('-');
  return line.includes(` ${words.join(' ')} `) || line.includes(` ${words.join('')} `);
}

export function ticketSignals(ticket: TicketSnapshot, productIds: readonly string[]): TicketSignals {
  const message = ticket.latestCustomerMessage ?? '';
  const tags = new Set(ticket.tags.map(normaliseLabel));
  const line = wordsLine(`${ticket.subject} ${message} ${ticket.tags.join(' ')}`);
  return {
    subjectTerms: termsOf(ticket.subject),
    messageTerms: termsOf(message).slice(0, MAX_MESSAGE_TERMS),
    tagTerms: termsOf(labelWords(ticket.tags)),
    tags,
    products: productIds.filter((id) => tags.has(id) || mentions(line, id)),
  };
}
