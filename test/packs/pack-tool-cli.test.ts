// @vitest-environment node
import { describe, expect, test } from 'vitest';

import { runCli } from '../../scripts/pack/cli';
import { capturedIo } from '../fixtures/packs/temp-folder';

const commands = [
  'init',
  'validate',
  'build',
  'keygen',
  'sign',
  'serve',
  'schema',
  'report',
  'import-proposals',
  'diagnose',
];

describe('npm run pack', () => {
  test('lists every command with what it does', async () => {
    const io = capturedIo('/srv/packs');
    expect(await runCli(['--help'], io)).toBe(0);
    const listed = io.output[0]!.split('\n').flatMap((line) => line.match(/^ {2}([\w-]+) /)?.[1] ?? []);
    expect(listed).toEqual(commands);
  });

  test.each(commands)('%s --help shows its usage', async (command) => {
    const io = capturedIo('/srv/packs');
    expect(await runCli([command, '--help'], io)).toBe(0);
    expect(io.output[0]).toMatch(new RegExp(`^Usage: npm run pack -- ${command}\\b`));
  });

  test.each([
    { args: ['publish', 'billing'], first: 'unknown command "publish"' },
    { args: ['build'], first: 'pack build: missing <folder>' },
    { args: ['build', 'billing', '--output', 'x.json'], first: "pack build: Unknown option '--output'" },
    { args: ['sign', 'pack.json'], first: 'pack sign: missing --key <private key file>' },
    {
      args: ['serve', 'billing', '--port', 'eighty'],
      first: 'pack serve: --port must be a port number, got "eighty"',
    },
    { args: ['validate', 'a.json', 'b.json'], first: 'pack validate: unexpected argument "b.json"' },
  ])('refuses $args with the reason and the usage (exit 2)', async ({ args, first }) => {
    const io = capturedIo('/srv/packs');
    expect(await runCli(args, io)).toBe(2);
    expect(io.errors[0]).toMatch(new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(io.errors[1]).toMatch(/^Usage: npm run pack -- /);
  });
});
