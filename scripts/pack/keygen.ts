import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { generateSigningKeys, keyIdOf } from '../../lib/packs/signature';
import { describeFailure, readArgs, resolvePath, usageError, type Command } from './command';

export const PRIVATE_KEY_FILE = 'signing-key.private';

/** Writes a new private key (readable by its owner only) and returns the public key. */
export async function writeSigningKey(
  directory: string,
): Promise<{ file: string; publicKey: string; keyId: string }> {
  const keys = await generateSigningKeys();
  const file = join(directory, PRIVATE_KEY_FILE);
  await mkdir(directory, { recursive: true });
  // "wx": an existing key is never overwritten; packs signed with it would stop verifying.
  await writeFile(file, `${keys.privateKey}\n`, { mode: 0o600, flag: 'wx' });
  return { file, publicKey: keys.publicKey, keyId: (await keyIdOf(keys.publicKey))! };
}

export const keygenCommand: Command = {
  name: 'keygen',
  summary: 'create a signing key pair for your packs',
  usage: `Usage: npm run pack -- keygen [--out-dir <folder>]

Writes ${PRIVATE_KEY_FILE} (readable only by you) into --out-dir (default: this directory) and
prints the public key. Give the public key to whoever configures Touchpoint (the trusted keys in
the managed policy, or the options page); keep the private key out of version control.`,
  async run(args, io) {
    const parsed = readArgs(
      args,
      { 'out-dir': { type: 'string', default: '.' } },
      { min: 0, max: 0, names: '' },
    );
    if (typeof parsed === 'string') return usageError(io, keygenCommand, parsed);
    const directory = resolvePath(io, parsed.values['out-dir']);
    try {
      const key = await writeSigningKey(directory);
      io.out(`wrote ${key.file} (keep it secret: anyone holding it can publish packs your team will trust)`);
      io.out(`key id: ${key.keyId}`);
      io.out('public key (paste it into the trusted keys):');
      io.out(key.publicKey);
      return 0;
    } catch (error) {
      io.err(`cannot write ${join(directory, PRIVATE_KEY_FILE)}: ${describeFailure(error)}`);
      return 1;
    }
  },
};
