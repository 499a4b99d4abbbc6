// @vitest-environment node
import { readFileSync } from 'node:fs';

import { beforeAll, describe, expect, test } from 'vitest';

import {
  generateSigningKeys,
  keyIdOf,
  publicKeyOf,
  signPack,
  verifyPackSignature,
} from '../../lib/packs/signature';

const packBytes = new Uint8Array(readFileSync('test/fixtures/packs/harbour-billing.pack.json'));

let teamLead: { publicKey: string; privateKey: string };
let formerTeamLead: { publicKey: string; privateKey: string };
let signature: string;

beforeAll(async () => {
  [teamLead, formerTeamLead] = await Promise.all([generateSigningKeys(), generateSigningKeys()]);
  signature = await signPack(packBytes, teamLead.privateKey);
});

function withByteFlipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

describe('generateSigningKeys', () => {
  test('gives a 32-byte raw public key and a PKCS#8 private key, both base64', () => {
    expect(atob(teamLead.publicKey)).toHaveLength(32);
    // PKCS#8 wrapping of an Ed25519 seed: 16 bytes of header and the 32-byte seed.
    expect(atob(teamLead.privateKey)).toHaveLength(48);
  });

  test('the private key carries its public half', async () => {
    expect(await publicKeyOf(teamLead.privateKey)).toBe(teamLead.publicKey);
  });
});

describe('verifyPackSignature', () => {
  test('accepts the exact bytes that were signed, naming the key', async () => {
    const keyId = await keyIdOf(teamLead.publicKey);
    expect(keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(
      await verifyPackSignature(packBytes, signature, [formerTeamLead.publicKey, teamLead.publicKey]),
    ).toEqual({
      ok: true,
      keyId,
    });
  });

  test('accepts a signature read from a .sig file with its line break', async () => {
    expect(await verifyPackSignature(packBytes, `${signature}\n`, [teamLead.publicKey])).toMatchObject({
      ok: true,
    });
  });

  const changed =
    'no trusted key verifies the signature: the pack changed after it was signed, or another key signed it';

  test.each([
    { change: 'the first byte', at: 0 },
    { change: 'a byte in the middle (a snippet body)', at: Math.floor(packBytes.length / 2) },
    { change: 'the last byte', at: packBytes.length - 1 },
  ])('refuses the pack with $change changed', async ({ at }) => {
    expect(
      await verifyPackSignature(withByteFlipped(packBytes, at), signature, [teamLead.publicKey]),
    ).toEqual({
      ok: false,
      reason: changed,
    });
  });

  test('refuses a pack signed by a key that is not trusted', async () => {
    const other = await signPack(packBytes, formerTeamLead.privateKey);
    expect(await verifyPackSignature(packBytes, other, [teamLead.publicKey])).toEqual({
      ok: false,
      reason: changed,
    });
  });

  test.each([
    { what: 'text that is not base64', signature: 'not a signature!' },
    { what: 'a truncated signature', signature: 'c2C2Lrcd9eVoUKyudMpnLnoB49Svh8/kiJ7PQ4skjlZ7rMph' },
    { what: 'an empty .sig file', signature: '' },
  ])('refuses a malformed signature: $what', async ({ signature: malformed }) => {
    expect(await verifyPackSignature(packBytes, malformed, [teamLead.publicKey])).toEqual({
      ok: false,
      reason: 'the signature is not a base64 Ed25519 signature (64 bytes)',
    });
  });

  test('skips a malformed trusted key and still verifies with the next', async () => {
    expect(
      await verifyPackSignature(packBytes, signature, ['ssh-ed25519 AAAAC3Nza', teamLead.publicKey]),
    ).toMatchObject({
      ok: true,
    });
  });

  test.each([
    { what: 'an SSH public key', key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGqj teamlead@northwind' },
    { what: 'a 16-byte key', key: 'AAECAwQFBgcICQoLDA0ODw==' },
  ])('names a malformed trusted key when none verifies: $what', async ({ key }) => {
    expect(await verifyPackSignature(packBytes, signature, [formerTeamLead.publicKey, key])).toEqual({
      ok: false,
      reason: `${changed}; trusted key #2 is not a base64 Ed25519 public key (32 bytes)`,
    });
  });

  test('says when no key is trusted at all', async () => {
    expect(await verifyPackSignature(packBytes, signature, [])).toEqual({
      ok: false,
      reason: 'no trusted key is configured',
    });
  });
});

describe('signPack', () => {
  test.each([
    { what: 'a public key in place of the private one', key: () => teamLead.publicKey },
    {
      what: 'a PEM file pasted whole',
      key: () => `-----BEGIN PRIVATE KEY-----\n${teamLead.privateKey}\n-----END PRIVATE KEY-----`,
    },
  ])('rejects $what with a clear message', async ({ key }) => {
    await expect(signPack(packBytes, key())).rejects.toThrow(
      'the private key is not a base64 PKCS#8 Ed25519 key (as `pack keygen` writes it)',
    );
  });
});
