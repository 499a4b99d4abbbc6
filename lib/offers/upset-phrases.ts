import type { TicketSnapshot } from '../ticket/snapshot';

const matchers = new WeakMap<readonly string[], RegExp>();

/** Curly apostrophes as phones and word processors type them, so "I’m" reads as "I'm". */
function normalised(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}

function escaped(phrase: string): string {
  return normalised(phrase.trim())
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}

/**
 * One expression for the whole list, built once per list: whole words only ("upset" is not in
 * "upsetting" news, "angry" not in "hangry"), any run of spaces or line breaks between words.
 */
function matcherFor(phrases: readonly string[]): RegExp {
  let matcher = matchers.get(phrases);
  if (!matcher) {
    const alternatives = phrases.map(escaped).filter((phrase) => phrase.length > 0);
    matcher = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    matchers.set(phrases, matcher);
  }
  return matcher;
}

/**
 * The phrases of the list that the customer wrote, in the subject or the latest message, in the
 * order they first appear. Negation is not understood ("I'm not angry" counts): a missed offer
 * costs less than a sales pitch to an angry customer.
 */
export function upsetPhrasesIn(ticket: TicketSnapshot, phrases: readonly string[]): string[] {
  if (phrases.length === 0) return [];
  const text = normalised(`${ticket.subject}\n${ticket.latestCustomerMessage ?? ''}`);
  const found = [...text.matchAll(matcherFor(phrases))].map((match) => match[0].replace(/\s+/g, ' '));
  return [...new Set(found)];
}
