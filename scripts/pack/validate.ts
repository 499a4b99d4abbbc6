import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import type { Pack } from '../../lib/packs/pack-schema';
import { formatPackError, formatPackPath, parsePackText, type PackError } from '../../lib/packs/parse';
import { checkPack } from '../../lib/packs/parse-issues';
import { buildPackFolder } from './build-folder';
import { describeFailure, readArgs, resolvePath, usageError, type Command } from './command';
import { formatSourceError } from './source-map';
import { packSummary } from './summary';
import { readYaml } from './yaml-source';

export type Validation = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/**
 * Schema errors in a pack.json, each with the line it is on. Lines are found only once the pack
 * has failed, by reading the JSON again with positions (slower, and only worth it then).
 */
function withLines(file: string, text: string, errors: PackError[]): string[] {
  const unplaced = errors.map((error) => `${file}: ${formatPackError(error)}`);
  // Size, encoding and syntax errors carry their own position, or have none.
  if (errors.every((error) => error.path === '')) return unplaced;
  const positioned = readYaml(file, text);
  const check = positioned.ok ? checkPack(positioned.source.value) : undefined;
  if (!positioned.ok || !check || check.ok) return unplaced;
  return check.issues.map((issue) => {
    const line = positioned.source.lineOf(issue.path);
    return `${file}:${line}: ${formatPackError({ path: formatPackPath(issue.path), message: issue.message })}`;
  });
}

export async function validatePackFile(path: string): Promise<Validation> {
  const bytes = new Uint8Array(await readFile(path));
  const result = parsePackText(bytes);
  if (result.ok) return result;
  return { ok: false, errors: withLines(basename(path), new TextDecoder().decode(bytes), result.errors) };
}

export async function validatePath(path: string): Promise<Validation> {
  if (!(await stat(path)).isDirectory()) return validatePackFile(path);
  const build = await buildPackFolder(path);
  return build.ok ? build : { ok: false, errors: build.errors.map(formatSourceError) };
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a pack.json or a pack folder and count what it holds',
  usage: `Usage: npm run pack -- validate <pack.json | folder>

Checks the pack exactly as the extension will. Prints "OK" and what the pack holds, or every
error with its file and line (exit code 1).`,
  async run(args, io) {
    const parsed = readArgs(args, {}, { min: 1, max: 1, names: '<pack.json | folder>' });
    if (typeof parsed === 'string') return usageError(io, validateCommand, parsed);
    const path = resolvePath(io, parsed.positionals[0]!);
    let validation: Validation;
    try {
      validation = await validatePath(path);
    } catch (error) {
      io.err(`cannot read ${path}: ${describeFailure(error)}`);
      return 1;
    }
    if (!validation.ok) {
      for (const error of validation.errors) io.err(error);
      io.err(`${validation.errors.length} error${validation.errors.length === 1 ? '' : 's'}`);
      return 1;
    }
    io.out(`OK: ${packSummary(validation.pack)}`);
    return 0;
  },
};
