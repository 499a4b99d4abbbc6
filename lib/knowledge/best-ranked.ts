/** A candidate's place in the final order: its score, and the search result it came from. */
export interface Scored<T> {
  candidate: T;
  score: number;
}

/**
 * The `limit` best candidates by `score`, from candidates in descending order of `textScore`.
 * Final scores add at most `maxBonus` to the text score, so once a candidate's text score plus
 * that bonus falls short of the current `limit`-th best, no later one can get in: a search that
 * matches 5,000 snippets is scored for only the first few dozen. Ties keep the search's order.
 */
export function bestRanked<T>(
  candidates: readonly T[],
  limit: number,
  maxBonus: number,
  textScore: (candidate: T) => number,
  score: (candidate: T) => number,
): Scored<T>[] {
  const best: Scored<T>[] = [];
  for (const candidate of candidates) {
    const last = best[limit - 1];
    if (last && textScore(candidate) + maxBonus < last.score) break;
    const entry = { candidate, score: score(candidate) };
    if (last && entry.score <= last.score) continue;
    const at = best.findIndex((other) => other.score < entry.score);
    best.splice(at < 0 ? best.length : at, 0, entry);
    best.length = Math.min(best.length, limit);
  }
  return best;
}
