/**
 * How many snippet matches a ticket's query may add up to. Every match costs the search a few
 * microseconds, and in a pack of 10,000 a word like "account" matches thousands: the query keeps
 * its most telling words until they reach this many matches (always at least one). Packs of a
 * few hundred snippets never reach it, so their tickets are searched with every word.
 */
const MAX_QUERY_MATCHES = 2000;

/** How much finding a word says about a snippet: rare words say more (BM25's inverse document frequency). */
function rarity(matches: number, snippets: number): number {
  return Math.log(1 + (snippets - matches + 0.5) / (matches + 0.5));
}

/**
 * The ticket's words worth searching for, picked most telling first (weight, for where the
 * ticket says it, times rarity) and returned in the ticket's order, which the card's reasons quote.
 */
export function ticketQueryTerms(
  weights: ReadonlyMap<string, number>,
  snippetsWith: ReadonlyMap<string, number>,
  snippetCount: number,
): string[] {
  const matchesOf = (term: string) => snippetsWith.get(term) ?? 0;
  const value = (term: string) => weights.get(term)! * rarity(matchesOf(term), snippetCount);
  const ranked = [...weights.keys()]
    .filter((term) => matchesOf(term) > 0)
    .sort((a, b) => value(b) - value(a));
  const chosen = new Set<string>();
  let matches = 0;
  for (const term of ranked) {
    if (chosen.size > 0 && matches + matchesOf(term) > MAX_QUERY_MATCHES) continue;
    chosen.add(term);
    matches += matchesOf(term);
  }
  return [...weights.keys()].filter((term) => chosen.has(term));
}
