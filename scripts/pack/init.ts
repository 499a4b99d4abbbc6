import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describeFailure, readArgs, resolvePath, usageError, type Command } from './command';

const starterFolder = fileURLToPath(new URL('./starter', import.meta.url));

/** A pack id from the folder name: "Billing Team EU" becomes "billing-team-eu". */
function packIdFor(folder: string): string {
  const id = basename(folder)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
    .slice(0, 80);
  return id || 'team-pack';
}

function titleFor(id: string): string {
  return id
    .split(/[-._]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function packYaml(id: string): string {
  return `# The pack as a whole. Raise version for every release: the extension only takes a newer one.
id: ${id}
name: ${titleFor(id)}
version: 1
publisher: ${titleFor(id)} team lead
# Snippets not reviewed for this many days are flagged as stale on the agent's card.
reviewIntervalDays: 180
# When no offer is made at all, however well one fits (README.md, "Offer rules").
offerRules:
  complaintTags: [complaint]
  maxOffersPerCustomer: { count: 3, withinDays: 30 }
`;
}

/** Creates a starter pack folder that builds as it is. Never writes into a folder with files. */
export async function initPackFolder(folder: string): Promise<void> {
  const existing = await readdir(folder).catch(() => []);
  if (existing.length > 0) throw new Error('it already has files in it; choose a new folder');
  await mkdir(folder, { recursive: true });
  await cp(starterFolder, folder, { recursive: true });
  await writeFile(join(folder, 'pack.yaml'), packYaml(packIdFor(folder)));
}

export const initCommand: Command = {
  name: 'init',
  summary: 'create a starter pack folder',
  usage: `Usage: npm run pack -- init <folder>

Creates <folder> with pack.yaml, products.yaml, calendars.yaml, standards.yaml, offers.yaml, two
example snippets and a README explaining each file. It builds and validates as it is.`,
  async run(args, io) {
    const parsed = readArgs(args, {}, { min: 1, max: 1, names: '<folder>' });
    if (typeof parsed === 'string') return usageError(io, initCommand, parsed);
    const folder = resolvePath(io, parsed.positionals[0]!);
    try {
      await initPackFolder(folder);
    } catch (error) {
      io.err(`cannot create ${folder}: ${describeFailure(error)}`);
      return 1;
    }
    io.out(`created ${folder}`);
    io.out(
      `next: edit its files (see README.md there), then npm run pack -- validate ${parsed.positionals[0]}`,
    );
    return 0;
  },
};
