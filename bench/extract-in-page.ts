import { readPage } from '../lib/helpdesks/index';

/**
 * Bundled into a fixture page by the benchmark: times `readPage` (what a content script runs
 * on every change) against the page's real DOM in Chromium. Chromium coarsens `performance.now()`
 * to 0.1 ms, so each sample is the mean of a batch of readings.
 */
declare global {
  interface Window {
    timeExtraction(
      url: string,
      batches: number,
      batchSize: number,
    ): { timesMs: number[]; kind: string | undefined };
  }
}

window.timeExtraction = (url, batches, batchSize) => {
  const context = { timeZone: 'America/New_York', dateOrder: 'mdy' } as const;
  const timesMs: number[] = [];
  let kind: string | undefined;
  for (let batch = 0; batch < batches; batch++) {
    const start = performance.now();
    for (let index = 0; index < batchSize; index++) kind = readPage(document, url, context)?.kind;
    timesMs.push((performance.now() - start) / batchSize);
  }
  return { timesMs, kind };
};
