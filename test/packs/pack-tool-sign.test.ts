// @vitest-environment node
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { verifyPackSignature } from '../../lib/packs/signature';
import { keygenCommand } from '../../scripts/pack/keygen';
import { signCommand } from '../../scripts/pack/sign';
import { capturedIo, temporaryFolders } from '../fixtures/packs/temp-folder';

const tempFolder = temporaryFolders();
const harbourPack = () => readFile('test/fixtures/packs/harbour-billing.pack.json');

/** A team lead's folder after `pack keygen`: the key, and the public key the command printed. */
async function afterKeygen() {
  const root = await tempFolder();
  const io = capturedIo(root);
  expect(await keygenCommand.run(['--out-dir', 'keys'], io)).toBe(0);
  return { root, io, publicKey: io.output.at(-1)! };
}

describe('keygen', () => {
  test('writes a private key only its owner can read, and prints the public key and its id', async () => {
    const { root, io, publicKey } = await afterKeygen();
    const keyFile = join(root, 'keys/signing-key.private');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(io.output).toEqual([
      `wrote ${keyFile} (keep it secret: anyone holding it can publish packs your team will trust)`,
      expect.stringMatching(/^key id: [0-9a-f]{16}$/),
      'public key (paste it into the trusted keys):',
      publicKey,
    ]);
    expect(atob(publicKey)).toHaveLength(32);
  });

  test('never overwrites an existing key', async () => {
    const { root } = await afterKeygen();
    const keyFile = join(root, 'keys/signing-key.private');
    const before = await readFile(keyFile, 'utf8');
    const io = capturedIo(root);

    expect(await keygenCommand.run(['--out-dir', 'keys'], io)).toBe(1);
    expect(io.errors).toEqual([`cannot write ${keyFile}: it already exists`]);
    expect(await readFile(keyFile, 'utf8')).toBe(before);
  });
});

describe('sign', () => {
  test('writes pack.json.sig, which verifies with the public key over the exact bytes', async () => {
    const { root, publicKey } = await afterKeygen();
    await writeFile(join(root, 'harbour.json'), await harbourPack());
    const io = capturedIo(root);

    expect(await signCommand.run(['harbour.json', '--key', 'keys/signing-key.private'], io)).toBe(0);
    const keyId = io.output[0]!.match(/key ([0-9a-f]{16})/)?.[1];
    expect(io.output).toEqual([`signed with key ${keyId}: wrote ${join(root, 'harbour.json.sig')}`]);

    const bytes = new Uint8Array(await readFile(join(root, 'harbour.json')));
    const signature = await readFile(join(root, 'harbour.json.sig'), 'utf8');
    expect(await verifyPackSignature(bytes, signature, [publicKey])).toEqual({ ok: true, keyId });
    bytes[10] = bytes[10]! ^ 0x20;
    expect(await verifyPackSignature(bytes, signature, [publicKey])).toMatchObject({ ok: false });
  });

  test.each([
    {
      problem: 'a pack that does not validate',
      pack: async () => (await harbourPack()).toString().replace('"version": 7', '"version": "7"'),
      key: 'keys/signing-key.private',
      expected: (root: string) => [
        `${join(root, 'harbour.json')}: version: expected a number, got "7"`,
        'not signed',
      ],
    },
    {
      problem: 'the public key given as the private key',
      pack: harbourPack,
      key: 'public.key',
      expected: (root: string) => [
        `${join(root, 'public.key')}: the private key is not a base64 PKCS#8 Ed25519 key (as \`pack keygen\` writes it)`,
        'not signed',
      ],
    },
    {
      problem: 'a key file that does not exist',
      pack: harbourPack,
      key: 'keys/missing.private',
      expected: (root: string) => [
        `cannot sign ${join(root, 'harbour.json')} with ${join(root, 'keys/missing.private')}: no such file or folder`,
      ],
    },
  ])('refuses $problem and writes no signature', async ({ pack, key, expected }) => {
    const { root, publicKey } = await afterKeygen();
    await writeFile(join(root, 'harbour.json'), await pack());
    await writeFile(join(root, 'public.key'), `${publicKey}\n`);
    const io = capturedIo(root);

    expect(await signCommand.run(['harbour.json', '--key', key], io)).toBe(1);
    expect(io.errors).toEqual(expected(root));
    await expect(stat(join(root, 'harbour.json.sig'))).rejects.toThrow('ENOENT');
  });
});
