import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

/**
 * `npm test`: every check, each its own step so a failure names its kind, then one closing line
 * "N passed, N failed" counting the unit, component and end-to-end tests.
 */
const reports = { unit: '.tmp/test-unit.json', e2e: '.tmp/test-e2e.json' };

const steps: { name: string; command: string[] }[] = [
  { name: 'type check', command: ['npm', 'run', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', 'lint'] },
  { name: 'format', command: ['npm', 'run', 'format:check'] },
  {
    name: 'unit and component tests',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports.unit}`,
    ],
  },
  { name: 'builds (Chrome and Firefox)', command: ['npm', 'run', 'build'] },
  { name: 'Chromium present', command: ['bash', 'scripts/ensure-chromium.sh'] },
  {
    name: 'end-to-end tests in Chromium',
    command: [
      'npx',
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports.e2e}`,
    ],
  },
];

function counts(report: string): { passed: number; failed: number } {
  if (!existsSync(report)) return { passed: 0, failed: 0 };
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: json.numPassedTests, failed: json.numFailedTests };
}

mkdirSync('.tmp', { recursive: true });
for (const report of Object.values(reports)) rmSync(report, { force: true });

let failedStep: string | undefined;
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const [program, ...args] = step.command;
  const result = spawnSync(program!, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    failedStep = step.name;
    break;
  }
}

const unit = counts(reports.unit);
const e2e = counts(reports.e2e);
const passed = unit.passed + e2e.passed;
// A step that fails outside a test runner (type check, lint, build) counts as one failure.
const failed = unit.failed + e2e.failed + (failedStep && unit.failed + e2e.failed === 0 ? 1 : 0);
console.log(
  `\nunit and component: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed`,
);
if (failedStep) console.log(`FAILED at step: ${failedStep}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
