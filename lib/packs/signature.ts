/**
 * Detached Ed25519 signatures over the exact bytes of a pack file (design.md, "Knowledge pack").
 * WebCrypto only, so the same code runs in the pack tool (Node 20) and the extension's service
 * worker (Chromium). Keys travel as base64: the public key as its 32 raw bytes, the private key
 * as PKCS#8.
 */
const ED25519 = { name: 'Ed25519' } as const;
const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;

export type SignatureCheck = { ok: true; keyId: string } | { ok: false; reason: string };

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes of strict base64 (surrounding whitespace allowed), or undefined. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  const trimmed = text.trim();
  if (!base64Pattern.test(trimmed)) return undefined;
  return Uint8Array.from(atob(trimmed), (character) => character.charCodeAt(0));
}

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  const padded = text.replaceAll('-', '+').replaceAll('_', '/');
  return fromBase64(padded.padEnd(Math.ceil(padded.length / 4) * 4, '='));
}

/** WebCrypto takes only ArrayBuffer-backed views; a view over shared memory is copied. */
function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)
    : new Uint8Array(bytes);
}

/** First 16 hex characters of the SHA-256 of the raw public key: short, stable, shown to admins. */
async function keyIdOfRaw(raw: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  return Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function rawPublicKey(publicKey: string): Uint8Array<ArrayBuffer> | undefined {
  const raw = fromBase64(publicKey);
  return raw?.length === PUBLIC_KEY_BYTES ? raw : undefined;
}

/** The id of a base64 public key, or undefined when it is not one. */
export async function keyIdOf(publicKey: string): Promise<string | undefined> {
  const raw = rawPublicKey(publicKey);
  return raw ? keyIdOfRaw(raw) : undefined;
}

export async function generateSigningKeys(): Promise<{ publicKey: string; privateKey: string }> {
  const keys = await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify']);
  const [publicKey, privateKey] = await Promise.all([
    crypto.subtle.exportKey('raw', keys.publicKey),
    crypto.subtle.exportKey('pkcs8', keys.privateKey),
  ]);
  return { publicKey: toBase64(publicKey), privateKey: toBase64(privateKey) };
}

async function importPrivateKey(privateKey: string): Promise<CryptoKey> {
  const pkcs8 = fromBase64(privateKey);
  try {
    if (pkcs8) return await crypto.subtle.importKey('pkcs8', pkcs8, ED25519, true, ['sign']);
  } catch {
    // Reported below with the same words as text that is not base64 at all.
  }
  throw new Error('the private key is not a base64 PKCS#8 Ed25519 key (as `pack keygen` writes it)');
}

/** The public half of a private key, so a tool can say which trusted key will verify it. */
export async function publicKeyOf(privateKey: string): Promise<string> {
  const { x } = await crypto.subtle.exportKey('jwk', await importPrivateKey(privateKey));
  const raw = x === undefined ? undefined : fromBase64Url(x);
  if (!raw) throw new Error('the private key does not carry its public half');
  return toBase64(raw.buffer);
}

/** A detached signature (base64) over exactly these bytes. Rejects a malformed key. */
export async function signPack(bytes: Uint8Array, privateKey: string): Promise<string> {
  const key = await importPrivateKey(privateKey);
  return toBase64(await crypto.subtle.sign(ED25519, key, bufferSource(bytes)));
}

/** True or false, or undefined when the platform refuses the 32 bytes as a key. */
async function verifiesWith(
  raw: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<boolean | undefined> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
  } catch {
    return undefined;
  }
  return crypto.subtle.verify(ED25519, key, signature, bytes);
}

/**
 * Which trusted key, if any, made this signature over these exact bytes. Malformed trusted keys
 * are skipped (another may still verify) and named in the reason when none does.
 */
export async function verifyPackSignature(
  bytes: Uint8Array,
  signature: string,
  trustedKeys: readonly string[],
): Promise<SignatureCheck> {
  if (trustedKeys.length === 0) return { ok: false, reason: 'no trusted key is configured' };
  const signatureBytes = fromBase64(signature);
  if (signatureBytes?.length !== SIGNATURE_BYTES) {
    return {
      ok: false,
      reason: `the signature is not a base64 Ed25519 signature (${SIGNATURE_BYTES} bytes)`,
    };
  }
  const data = bufferSource(bytes);
  const malformed: number[] = [];
  for (const [index, trustedKey] of trustedKeys.entries()) {
    const raw = rawPublicKey(trustedKey);
    const verified = raw && (await verifiesWith(raw, signatureBytes, data));
    if (raw && verified) return { ok: true, keyId: await keyIdOfRaw(raw) };
    if (verified === undefined) malformed.push(index + 1);
  }
  const unreadable =
    malformed.length === 0
      ? ''
      : `; trusted key ${malformed.map((position) => `#${position}`).join(', ')} is not a base64 Ed25519 public key (${PUBLIC_KEY_BYTES} bytes)`;
  return {
    ok: false,
    reason: `no trusted key verifies the signature: the pack changed after it was signed, or another key signed it${unreadable}`,
  };
}
