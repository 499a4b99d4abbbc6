import type { Snippet } from '../packs/snippet-schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day the snippet was last checked: its review, or its last edit when never reviewed. */
export function lastReviewed(snippet: Snippet): string {
  return snippet.reviewedAt ?? snippet.updatedAt;
}

/**
 * Whether the pack's review interval has passed since the snippet was last checked, as knowledge
 * tools flag unverified cards. A pack without an interval makes no promise, so nothing is stale.
 */
export function isStale(snippet: Snippet, reviewIntervalDays: number | undefined, now: Date): boolean {
  if (reviewIntervalDays === undefined) return false;
  const reviewed = Date.parse(`${lastReviewed(snippet)}T00:00:00Z`);
  const daysSince = Math.floor((now.getTime() - reviewed) / DAY_MS);
  return daysSince > reviewIntervalDays;
}
