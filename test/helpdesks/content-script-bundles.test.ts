// @vitest-environment node
import { readdirSync } from 'node:fs';

import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

import { helpdeskHosts } from '../../lib/helpdesks/hosts';

/**
 * Each content script carries only what its pages use (the ≤ 20 kB gzipped target, issue 1):
 * checked on the modules esbuild keeps in each entrypoint's bundle, as WXT's build would.
 */
async function modulesIn(entrypoint: string): Promise<string[]> {
  const result = await build({
    entryPoints: [`entrypoints/${entrypoint}`],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    alias: { '#imports': 'wxt/utils/define-content-script' },
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

const builtIn = Object.keys(helpdeskHosts);
const declaredOnly = ['lib/helpdesks/rules/declared-adapter.ts', 'lib/helpdesks/rules/ticket-url-pattern.ts'];

test('there is a content script for each built-in helpdesk and one for declared helpdesks', () => {
  const scripts = readdirSync('entrypoints').filter((name) => name.endsWith('.content.ts'));
  expect(scripts.sort()).toEqual(
    [...builtIn.map((id) => `${id}.content.ts`), 'declared-helpdesk.content.ts'].sort(),
  );
});

describe.each(builtIn)('the %s content script', (id) => {
  test('carries its own adapter only, and no declared-helpdesk code', async () => {
    const modules = await modulesIn(`${id}.content.ts`);
    expect(modules).toContain(`lib/helpdesks/${id}.ts`);
    for (const other of builtIn.filter((other) => other !== id))
      expect(modules).not.toContain(`lib/helpdesks/${other}.ts`);
    for (const module of [...declaredOnly, 'lib/helpdesks/index.ts']) expect(modules).not.toContain(module);
  });
});

test('the declared-helpdesk content script carries no built-in adapter', async () => {
  const modules = await modulesIn('declared-helpdesk.content.ts');
  expect(modules).toEqual(expect.arrayContaining(declaredOnly));
  for (const id of builtIn) expect(modules).not.toContain(`lib/helpdesks/${id}.ts`);
  expect(modules).not.toContain('lib/helpdesks/index.ts');
});
