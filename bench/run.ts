import { mkdirSync, writeFileSync } from 'node:fs';

import { contentScriptSize } from './content-script-size';
import { benchExtraction } from './extraction';
import { benchPanelLatency } from './panel-latency';
import { summarise } from './stats';

/** `npm run bench`: Touchpoint's performance figures, printed as a table and written to bench/results.json. */
const targets = { contentScriptGzipKb: 20, extractionMedianMs: 2, panelLatencyP95Ms: 100 };

const size = contentScriptSize();
const extraction = await benchExtraction();
const latency = await benchPanelLatency();
const extractionOverall = summarise(extraction.map((row) => row.medianMs));

const round = (value: number, digits = 3) => Number(value.toFixed(digits));
const rows = [
  {
    measure: 'content script size (minified / gzipped)',
    value: `${(size.minifiedBytes / 1024).toFixed(1)} kB / ${(size.gzippedBytes / 1024).toFixed(1)} kB`,
    target: `≤ ${targets.contentScriptGzipKb} kB gzipped`,
    met: size.gzippedBytes / 1024 <= targets.contentScriptGzipKb,
  },
  ...extraction.map((row) => ({
    measure: `extraction ${row.fixture} (${row.reading})`,
    value: `median ${row.medianMs.toFixed(3)} ms, p95 ${row.p95Ms.toFixed(3)} ms`,
    target: `median ≤ ${targets.extractionMedianMs} ms`,
    met: row.medianMs <= targets.extractionMedianMs,
  })),
  {
    measure: `ticket change → panel (${latency.samples.length} switches)`,
    value: `median ${latency.summary.median.toFixed(1)} ms, p95 ${latency.summary.p95.toFixed(1)} ms`,
    target: `p95 ≤ ${targets.panelLatencyP95Ms} ms`,
    met: latency.summary.p95 <= targets.panelLatencyP95Ms,
  },
];

console.table(
  rows.map(({ measure, value, target, met }) => ({ measure, value, target, met: met ? 'yes' : 'NO' })),
);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
      targets,
      contentScript: size,
      extraction: {
        overallMedianOfMediansMs: round(extractionOverall.median),
        perFixture: extraction.map((row) => ({
          ...row,
          medianMs: round(row.medianMs),
          p95Ms: round(row.p95Ms),
        })),
      },
      panelLatency: {
        switches: latency.samples.length,
        medianMs: round(latency.summary.median, 1),
        p95Ms: round(latency.summary.p95, 1),
        samplesMs: latency.samples.map((sample) => round(sample, 1)),
      },
      allTargetsMet: rows.every((row) => row.met),
    },
    null,
    2,
  )}\n`,
);
console.log('Written to bench/results.json');
