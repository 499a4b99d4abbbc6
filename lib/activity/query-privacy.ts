import type { QueryFigures } from './figures-schema';
import { compareText } from './standard-figures';

/**
 * What an agent types into the search is their own text, but it is sometimes a customer's
 * address or order number pasted in to find a snippet. An export made without "include customer
 * data" masks the shapes that identify someone: e-mail addresses, and runs of four or more digits
 * that start a word (phone, order, account and card numbers, also written with spaces, dots or
 * dashes; a year goes too). A name
 * typed on its own cannot be told from a product word and stays (docs/report-format.md says so).
 */
const email = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const longNumber = /(?<!\w)\+?\d(?:[\s.-]?\d){3,}/g;

export function maskQuery(query: string): string {
  return query.replace(email, '[email]').replace(longNumber, '[number]');
}

/** The top queries masked, with counts of queries that became the same text added together. */
export function maskedTopQueries(queries: readonly QueryFigures[]): QueryFigures[] {
  const counts = new Map<string, number>();
  for (const { query, count } of queries) {
    const masked = maskQuery(query);
    counts.set(masked, (counts.get(masked) ?? 0) + count);
  }
  return [...counts]
    .map(([query, count]) => ({ query, count }))
    .sort((a, b) => b.count - a.count || compareText(a.query, b.query));
}
