/**
 * The median of a sample in whole milliseconds, or null for an empty one. An even sample takes
 * the mean of its two middle values, rounded: a report has no use for half a millisecond. The
 * sample is sorted in place (callers pass an array they built for it).
 */
export function medianMs(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  const upper = values[middle]!;
  return Math.round(values.length % 2 === 1 ? upper : (values[middle - 1]! + upper) / 2);
}

/** The largest value, or null for an empty sample. */
export function maxMs(values: readonly number[]): number | null {
  let max: number | null = null;
  for (const value of values) if (max === null || value > max) max = value;
  return max;
}
