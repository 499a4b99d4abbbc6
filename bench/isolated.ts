import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { SuiteName, SuiteResult } from './suites';

/** The calibration loop (machine-loop.ts) timed just before and just after a suite ran. */
export interface SuiteMachine {
  suite: SuiteName;
  loopBeforeMs: number;
  loopAfterMs: number;
}

/** The calibration loop timed in a fresh process, alone on the machine but for what else runs there. */
function machineLoopMsAlone(): number {
  return Number(
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/machine-loop.ts'], { encoding: 'utf8' }),
  );
}

/** Every suite's calibration in this run, in the order they ran. */
export const machineDuringRun: SuiteMachine[] = [];

/**
 * Runs one benchmark in a fresh Node process and returns what it measured. In one process the
 * heap and the garbage a suite leaves (a 20 MB CSV, 200,000 events) are collected during the next
 * suite's timings: the knowledge queries' p95 read 15 ms after the others against 5 ms alone.
 */
export function runIsolated<Name extends SuiteName>(name: Name): SuiteResult<Name> {
  const folder = mkdtempSync(join(tmpdir(), 'touchpoint-bench-'));
  const output = join(folder, `${name}.json`);
  const loopBeforeMs = machineLoopMsAlone();
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/suite-process.ts', name, output], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const figures = JSON.parse(readFileSync(output, 'utf8')) as SuiteResult<Name>;
    machineDuringRun.push({ suite: name, loopBeforeMs, loopAfterMs: machineLoopMsAlone() });
    return figures;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
