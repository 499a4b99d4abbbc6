import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import { buildPackFolder } from './build-folder';
import { readArgs, resolvePath, usageError, type Command } from './command';
import { formatSourceError } from './source-map';
import { packSummary } from './summary';

export const buildCommand: Command = {
  name: 'build',
  summary: 'assemble a pack folder into one validated pack.json',
  usage: `Usage: npm run pack -- build <folder> [--out pack.json]

Reads <folder>/pack.yaml, products.yaml, calendars.yaml, standards.yaml, offers.yaml (YAML or
JSON) and every snippets/**/*.md (YAML front matter, then the Markdown body), validates the
result as the extension will, and writes it to --out (default: pack.json in this directory).
Nothing is written when there is any error; each error names its file and line.
publishedAt is set to now unless pack.yaml gives it.`,
  async run(args, io) {
    const parsed = readArgs(
      args,
      { out: { type: 'string', default: 'pack.json' } },
      { min: 1, max: 1, names: '<folder>' },
    );
    if (typeof parsed === 'string') return usageError(io, buildCommand, parsed);
    const folder = resolvePath(io, parsed.positionals[0]!);
    const out = resolvePath(io, parsed.values.out);
    const build = await buildPackFolder(folder);
    if (!build.ok) {
      for (const error of build.errors) io.err(formatSourceError(error));
      io.err(`${build.errors.length} error${build.errors.length === 1 ? '' : 's'}; nothing written`);
      return 1;
    }
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, build.text);
    io.out(`built ${out}: ${packSummary(build.pack)}`);
    return 0;
  },
};
