// @vitest-environment node
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, test, vi } from 'vitest';

import { parsePackText } from '../../lib/packs/parse';
import { generateSigningKeys, signPack, verifyPackSignature } from '../../lib/packs/signature';
import { initPackFolder } from '../../scripts/pack/init';
import { servePack, type PackPreview } from '../../scripts/pack/serve';
import { capturedIo, temporaryFolders } from '../fixtures/packs/temp-folder';

const tempFolder = temporaryFolders();
const previews: PackPreview[] = [];
afterEach(async () => {
  await Promise.all(previews.splice(0).map((preview) => preview.stop()));
});

async function serve(target: string, keyFile?: string) {
  const io = capturedIo(target);
  const preview = await servePack(target, { port: 0, keyFile, io });
  previews.push(preview);
  return { url: preview.server.url, io };
}

async function harbourFolder(): Promise<string> {
  const root = await tempFolder();
  await writeFile(
    join(root, 'harbour.json'),
    await readFile('test/fixtures/packs/harbour-billing.pack.json'),
  );
  return root;
}

describe('serve a pack file', () => {
  test('answers with the bytes, a strong ETag, no-cache and CORS for the extension', async () => {
    const root = await harbourFolder();
    const { url } = await serve(join(root, 'harbour.json'));
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const response = await fetch(`${url}/pack.json`);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      etag: expect.stringMatching(/^"[A-Za-z0-9_-]{43}"$/),
      'cache-control': 'no-cache',
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await readFile(join(root, 'harbour.json')));
  });

  test.each([
    { header: (etag: string) => etag, status: 304 },
    { header: (etag: string) => `W/${etag}`, status: 304 },
    { header: (etag: string) => `"an-older-version", ${etag}`, status: 304 },
    { header: () => '*', status: 304 },
    { header: () => '"an-older-version"', status: 200 },
  ])('If-None-Match $header → $status', async ({ header, status }) => {
    const root = await harbourFolder();
    const { url } = await serve(join(root, 'harbour.json'));
    const etag = (await fetch(`${url}/pack.json`)).headers.get('etag')!;

    const again = await fetch(`${url}/pack.json`, { headers: { 'If-None-Match': header(etag) } });
    expect(again.status).toBe(status);
    expect(again.headers.get('etag')).toBe(etag);
    if (status === 304) expect(await again.text()).toBe('');
  });

  test('serves the signature beside the pack, and a changed file under a new ETag', async () => {
    const root = await harbourFolder();
    const { url } = await serve(join(root, 'harbour.json'));
    expect((await fetch(`${url}/pack.json.sig`)).status).toBe(404);
    const before = (await fetch(`${url}/harbour.json`)).headers.get('etag');

    const keys = await generateSigningKeys();
    const bytes = new Uint8Array(await readFile(join(root, 'harbour.json')));
    await writeFile(join(root, 'harbour.json.sig'), `${await signPack(bytes, keys.privateKey)}\n`);
    const signature = await (await fetch(`${url}/pack.json.sig`)).text();
    expect(await verifyPackSignature(bytes, signature, [keys.publicKey])).toMatchObject({ ok: true });

    await writeFile(
      join(root, 'harbour.json'),
      (await readFile(join(root, 'harbour.json'), 'utf8')).replace('"version": 7', '"version": 8'),
    );
    expect((await fetch(`${url}/harbour.json`)).headers.get('etag')).not.toBe(before);
  });

  test.each([
    { request: { path: '/other.json', method: 'GET' }, status: 404 },
    { request: { path: '/pack.json', method: 'POST' }, status: 405 },
    { request: { path: '/pack.json', method: 'OPTIONS' }, status: 204 },
  ])('$request.method $request.path → $status', async ({ request, status }) => {
    const root = await harbourFolder();
    const { url } = await serve(join(root, 'harbour.json'));
    const response = await fetch(`${url}${request.path}`, { method: request.method });
    expect(response.status).toBe(status);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('serve a pack folder', () => {
  async function starter() {
    const folder = join(await tempFolder(), 'billing-team');
    await initPackFolder(folder);
    return folder;
  }

  const packAt = async (url: string) => {
    const parsed = parsePackText(new Uint8Array(await (await fetch(`${url}/pack.json`)).arrayBuffer()));
    if (!parsed.ok) throw new Error('the served pack does not parse');
    return parsed.pack;
  };

  test('rebuilds when a snippet changes, and keeps the last good pack when a build fails', async () => {
    const folder = await starter();
    const { url, io } = await serve(folder);
    expect((await packAt(url)).snippets[1]!.title).toBe('When a refund arrives');
    const snippet = join(folder, 'snippets/billing/refund-timeline.en.md');
    const text = await readFile(snippet, 'utf8');

    await writeFile(snippet, text.replace('title: When a refund arrives', 'title: How long a refund takes'));
    await vi.waitFor(async () =>
      expect((await packAt(url)).snippets[1]!.title).toBe('How long a refund takes'),
    );

    await writeFile(snippet, text.replace('locale: en', 'locale: english'));
    await vi.waitFor(() => expect(io.errors).toContain('build failed; still serving the last good pack'));
    expect(io.errors).toContain(
      'snippets/billing/refund-timeline.en.md:8: locale: expected a BCP 47 tag such as "en" or "en-GB", got "english"',
    );
    expect((await packAt(url)).snippets[1]!.title).toBe('How long a refund takes');
  });

  test('signs every build with --key', async () => {
    const folder = await starter();
    const keys = await generateSigningKeys();
    const keyFile = join(folder, '..', 'signing-key.private');
    await writeFile(keyFile, keys.privateKey);
    const { url } = await serve(folder, keyFile);

    const bytes = new Uint8Array(await (await fetch(`${url}/pack.json`)).arrayBuffer());
    const signature = await (await fetch(`${url}/pack.json.sig`)).text();
    expect(await verifyPackSignature(bytes, signature, [keys.publicKey])).toMatchObject({ ok: true });
  });

  test('answers 503 with the errors while no build has succeeded', async () => {
    const folder = await starter();
    await writeFile(
      join(folder, 'pack.yaml'),
      'id: billing-team\nname: Billing team\nversion: one\npublisher: Billing\n',
    );
    const { url } = await serve(folder);

    const response = await fetch(`${url}/pack.json`);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('pack.yaml:3: version: expected a number, got "one"\n');
  });
});
