import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/**
 * Milliseconds for a fixed loop of 10⁸ additions (about 70 ms on a current laptop, 80 on these
 * 2-core machines when quiet). Timed before and after each suite, it shows whether the machine
 * itself ran slower during the run, which the figures alone cannot tell from slower code. Each
 * timing runs in a process of its own (this file, run as a script): timed inside the suite's own
 * process, it once took 121 ms after the knowledge suite against 81 ms before, most likely while
 * that suite's heap was still being collected.
 */
export function machineLoopMs(): number {
  const start = performance.now();
  let sum = 0;
  for (let step = 0; step < 1e8; step++) sum += step;
  if (sum < 0) throw new Error('unreachable: keeps the loop from being optimised away');
  return performance.now() - start;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(machineLoopMs());
