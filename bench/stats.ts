/** Median and 95th percentile (nearest rank) of a sample. */
export function summarise(values: number[]): { median: number; p95: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 0
      ? ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
      : (sorted[Math.floor(middle)] ?? NaN);
  return { median, p95: at(0.95), n: sorted.length };
}
