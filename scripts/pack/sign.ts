import { readFile, writeFile } from 'node:fs/promises';

import { formatPackError, parsePackText } from '../../lib/packs/parse';
import { keyIdOf, publicKeyOf, signPack } from '../../lib/packs/signature';
import { describeFailure, readArgs, resolvePath, usageError, type Command } from './command';

export type Signing = { ok: true; signatureFile: string; keyId: string } | { ok: false; errors: string[] };

/**
 * Signs the exact bytes of a pack file into `<file>.sig`. A pack that would not validate is not
 * signed: the extension would refuse it anyway, and a signature suggests it was checked.
 */
export async function signPackFile(packFile: string, privateKeyFile: string): Promise<Signing> {
  const bytes = new Uint8Array(await readFile(packFile));
  const parsed = parsePackText(bytes);
  if (!parsed.ok)
    return { ok: false, errors: parsed.errors.map((error) => `${packFile}: ${formatPackError(error)}`) };
  const privateKey = await readFile(privateKeyFile, 'utf8');
  let signature: string;
  let publicKey: string;
  try {
    [signature, publicKey] = await Promise.all([signPack(bytes, privateKey), publicKeyOf(privateKey)]);
  } catch (error) {
    return { ok: false, errors: [`${privateKeyFile}: ${describeFailure(error)}`] };
  }
  const signatureFile = `${packFile}.sig`;
  await writeFile(signatureFile, `${signature}\n`);
  return { ok: true, signatureFile, keyId: (await keyIdOf(publicKey))! };
}

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign a pack.json with your private key (writes pack.json.sig)',
  usage: `Usage: npm run pack -- sign <pack.json> --key <private key file>

Validates the pack, then writes a detached Ed25519 signature over its exact bytes to
<pack.json>.sig. Publish both files side by side; change a byte of the pack and sign again.`,
  async run(args, io) {
    const parsed = readArgs(args, { key: { type: 'string' } }, { min: 1, max: 1, names: '<pack.json>' });
    if (typeof parsed === 'string') return usageError(io, signCommand, parsed);
    if (parsed.values.key === undefined)
      return usageError(io, signCommand, 'missing --key <private key file>');
    const packFile = resolvePath(io, parsed.positionals[0]!);
    const keyFile = resolvePath(io, parsed.values.key);
    let signing: Signing;
    try {
      signing = await signPackFile(packFile, keyFile);
    } catch (error) {
      io.err(`cannot sign ${packFile} with ${keyFile}: ${describeFailure(error)}`);
      return 1;
    }
    if (!signing.ok) {
      for (const error of signing.errors) io.err(error);
      io.err('not signed');
      return 1;
    }
    io.out(`signed with key ${signing.keyId}: wrote ${signing.signatureFile}`);
    return 0;
  },
};
