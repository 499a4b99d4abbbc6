import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { packJsonSchemaText } from '../../lib/packs/json-schema';
import { readArgs, resolvePath, usageError, type Command } from './command';

/** Where the extension ships it, and where packs point their "$schema". */
export const committedSchemaFile = fileURLToPath(new URL('../../public/pack.schema.json', import.meta.url));

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'write the JSON Schema of pack.json (for editor completion)',
  usage: `Usage: npm run pack -- schema [--out <file>]

Writes the JSON Schema generated from the pack's zod schema, by default to
public/pack.schema.json in the repository (run it after changing lib/packs/*-schema.ts).
A pack.json that names it in "$schema" gets completion and checks in VS Code and JetBrains IDEs.`,
  async run(args, io) {
    const parsed = readArgs(args, { out: { type: 'string' } }, { min: 0, max: 0, names: '' });
    if (typeof parsed === 'string') return usageError(io, schemaCommand, parsed);
    const out = parsed.values.out === undefined ? committedSchemaFile : resolvePath(io, parsed.values.out);
    await writeFile(out, packJsonSchemaText());
    io.out(`wrote ${out}`);
    return 0;
  },
};
