import { build } from 'esbuild';
import { chromium } from 'playwright-core';

import { chromiumPath } from '../scripts/lib/chromium';
import { fixturePages } from './fixtures';
import { summarise } from './stats';

const batches = 60;
const batchSize = 10;

export interface ExtractionResult {
  fixture: string;
  reading: string;
  medianMs: number;
  p95Ms: number;
}

/** Extraction time per fixture page, in Chromium, with the code the content script runs. */
export async function benchExtraction(): Promise<ExtractionResult[]> {
  const bundle = await build({
    entryPoints: ['bench/extract-in-page.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    // Fixture pages must not fetch anything (images, fonts): this machine has no network.
    await page.route('**/*', (route) => route.abort());
    const results: ExtractionResult[] = [];
    for (const fixture of fixturePages()) {
      await page.setContent(fixture.html, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: script });
      // Warm up the JIT the way a long-lived content script is warm, then measure.
      await page.evaluate((url) => window.timeExtraction(url, 10, 10), fixture.url);
      const { timesMs, kind } = await page.evaluate(
        ({ url, count, size }) => window.timeExtraction(url, count, size),
        { url: fixture.url, count: batches, size: batchSize },
      );
      const { median, p95 } = summarise(timesMs);
      results.push({ fixture: fixture.name, reading: kind ?? 'none', medianMs: median, p95Ms: p95 });
    }
    return results;
  } finally {
    await browser.close();
  }
}
