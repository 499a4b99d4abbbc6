import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { installedPacksItem } from '../../lib/packs/installed-packs';
import type { EffectivePackSettings } from '../../lib/packs/pack-settings';
import { packNoticeItem, packStatusItem } from '../../lib/packs/pack-status';
import { generateSigningKeys, signPack } from '../../lib/packs/signature';
import { importPackFile, syncAllPacks, syncPackUrl, type SyncDependencies } from '../../lib/packs/sync';
import { makePackInput, packBytes } from '../builders/pack';

const packUrl = 'https://packs.northwind.example/billing/pack.json';
let keys: { publicKey: string; privateKey: string };
let otherKeys: { publicKey: string; privateKey: string };

beforeAll(async () => {
  keys = await generateSigningKeys();
  otherKeys = await generateSigningKeys();
});

/** A pack host: serves `bytes` with a strong ETag and answers If-None-Match with 304. */
function packHost(published: { bytes: Uint8Array; signature?: string; etag: string }) {
  const requests: { url: string; ifNoneMatch: string | null }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const ifNoneMatch = new Headers(init?.headers).get('If-None-Match');
    requests.push({ url, ifNoneMatch });
    if (url === `${packUrl}.sig`) {
      return published.signature
        ? new Response(published.signature)
        : new Response('not found', { status: 404 });
    }
    if (ifNoneMatch === published.etag) return new Response(null, { status: 304 });
    return new Response(Buffer.from(published.bytes), { headers: { etag: published.etag } });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests, published };
}

function dependencies(fetch: typeof globalThis.fetch, now = 1_764_000_000_000): SyncDependencies {
  return { fetch, now: () => now };
}

const signedSettings = (): EffectivePackSettings => ({
  packUrls: [packUrl],
  trustedKeys: [keys.publicKey],
  pollMinutes: 15,
  managed: false,
});

async function publish(version: number, overrides: Record<string, unknown> = {}, signWith = keys.privateKey) {
  const bytes = packBytes({ version, ...overrides });
  return { bytes, signature: await signPack(bytes, signWith), etag: `"v${version}"` };
}

beforeEach(() => fakeBrowser.reset());

describe('a signed pack from a URL', () => {
  test('is installed when a trusted key verifies it, with the key that did', async () => {
    const host = packHost(await publish(3));
    const outcome = await syncPackUrl(packUrl, signedSettings(), dependencies(host.fetch));
    expect(outcome).toEqual({
      source: packUrl,
      result: 'installed',
      packId: 'northwind-billing',
      version: 3,
      notice: 'Northwind Billing v3 installed: 2 snippets, 1 offer',
    });
    const installed = await installedPacksItem.get();
    expect(installed['northwind-billing']?.verifiedBy).toMatch(/^[0-9a-f]{16}$/);
    expect(installed['northwind-billing']?.source).toEqual({ kind: 'url', url: packUrl });
  });

  test('a newer version replaces it and says what changed', async () => {
    const host = packHost(await publish(3));
    await syncPackUrl(packUrl, signedSettings(), dependencies(host.fetch));
    const snippets = (makePackInput().snippets as object[]).map((snippet, index) =>
      index === 0 ? { ...snippet, body: 'Refunds now reach your card within 2 business days.' } : snippet,
    );
    Object.assign(
      host.published,
      await publish(4, {
        snippets: [...snippets, { ...(snippets[1] as object), id: 'refund-card-ending-en' }],
      }),
    );
    const outcome = await syncPackUrl(packUrl, signedSettings(), dependencies(host.fetch));
    expect(outcome).toMatchObject({
      result: 'updated',
      version: 4,
      notice: 'Northwind Billing v4: 1 snippet updated, 1 new snippet',
    });
    expect((await installedPacksItem.get())['northwind-billing']?.pack.version).toBe(4);
    expect((await packNoticeItem.get())?.text).toBe('Northwind Billing v4: 1 snippet updated, 1 new snippet');
  });

  test('asks with If-None-Match and accepts a 304 as "no newer pack"', async () => {
    const host = packHost(await publish(3));
    await syncPackUrl(packUrl, signedSettings(), dependencies(host.fetch));
    const outcome = await syncPackUrl(packUrl, signedSettings(), dependencies(host.fetch));
    expect(outcome).toEqual({ source: packUrl, result: 'unchanged' });
    expect(
      host.requests.filter((request) => request.url === packUrl).map((request) => request.ifNoneMatch),
    ).toEqual([null, '"v3"']);
  });
});

describe('the last good pack stays when an update is refused', () => {
  async function installedThenServed(next: { bytes: Uint8Array; signature?: string; etag: string }) {
    const host = packHost(await publish(3));
    await syncPackUrl(packUrl, signedSettings(), dependencies(host.fetch));
    Object.assign(host.published, next);
    return syncPackUrl(packUrl, signedSettings(), dependencies(host.fetch, 1_764_000_600_000));
  }

  test.each([
    [
      'one byte tampered after signing',
      async () => {
        const good = await publish(4);
        const bytes = good.bytes.slice();
        bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 1;
        return { ...good, bytes };
      },
      /^signature refused: /,
    ],
    ['signed with a key nobody trusts', () => publish(4, {}, otherKeys.privateKey), /^signature refused: /],
    [
      'no signature file',
      async () => ({ ...(await publish(4)), signature: undefined }),
      /^no signature found/,
    ],
    [
      'an older version (a downgrade)',
      () => publish(2),
      /^version 2 is older than the installed version 3; refused$/,
    ],
    [
      'invalid content',
      () => publish(4, { snippets: [{ ...(makePackInput().snippets as object[])[0], locale: 'english' }] }),
      /^invalid pack: snippets\[0]\.locale: expected a BCP 47 tag/,
    ],
  ])('%s', async (_case, next, reason) => {
    const outcome = await installedThenServed(await next());
    expect(outcome.result).toBe('refused');
    expect(outcome.result === 'refused' && outcome.reason).toMatch(reason);
    expect((await installedPacksItem.get())['northwind-billing']?.pack.version).toBe(3);
    expect((await packStatusItem.get())[packUrl]).toMatchObject({
      lastCheckedAt: 1_764_000_600_000,
      error: expect.stringMatching(reason),
      version: 3,
    });
  });

  test('a network failure keeps it and says the host could not be reached', async () => {
    const host = packHost(await publish(3));
    await syncPackUrl(packUrl, signedSettings(), dependencies(host.fetch));
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const outcome = await syncPackUrl(packUrl, signedSettings(), dependencies(offline));
    expect(outcome).toEqual({
      source: packUrl,
      result: 'refused',
      reason: 'could not fetch: Failed to fetch',
    });
    expect((await installedPacksItem.get())['northwind-billing']?.pack.version).toBe(3);
  });

  test('a server error keeps it', async () => {
    const failing = vi.fn(
      async () => new Response('busy', { status: 503 }),
    ) as unknown as typeof globalThis.fetch;
    const outcome = await syncPackUrl(packUrl, signedSettings(), dependencies(failing));
    expect(outcome).toMatchObject({
      result: 'refused',
      reason: `could not fetch: ${packUrl} answered HTTP 503`,
    });
  });

  test('a declared 20 MB body is refused before it is read', async () => {
    const huge = vi.fn(async () => new Response('{}', { headers: { 'content-length': String(23_400_000) } }));
    const outcome = await syncPackUrl(
      packUrl,
      signedSettings(),
      dependencies(huge as unknown as typeof globalThis.fetch),
    );
    expect(outcome).toMatchObject({ result: 'refused', reason: 'pack is 23.4 MB; the limit is 20 MB' });
  });
});

describe('without a trusted key', () => {
  const unsignedSettings: EffectivePackSettings = {
    packUrls: [packUrl],
    trustedKeys: [],
    pollMinutes: 15,
    managed: false,
  };

  test('an unsigned pack is accepted and recorded as unverified', async () => {
    const host = packHost({ bytes: packBytes(), etag: '"v3"' });
    await syncPackUrl(packUrl, unsignedSettings, dependencies(host.fetch));
    const installed = await installedPacksItem.get();
    expect(installed['northwind-billing']?.verifiedBy).toBeUndefined();
    expect(host.requests.some((request) => request.url.endsWith('.sig'))).toBe(false);
  });
});

describe('imported files and configuration changes', () => {
  test('an imported file goes through the same checks', async () => {
    const good = await publish(5);
    const refused = await importPackFile(
      { name: 'billing.json', bytes: good.bytes },
      signedSettings(),
      dependencies(vi.fn()),
    );
    expect(refused).toMatchObject({
      result: 'refused',
      reason: expect.stringMatching(/^no signature found/),
    });
    const accepted = await importPackFile(
      { name: 'billing.json', bytes: good.bytes, signature: good.signature },
      signedSettings(),
      dependencies(vi.fn()),
    );
    expect(accepted).toMatchObject({ result: 'installed', version: 5 });
    expect((await installedPacksItem.get())['northwind-billing']?.source).toEqual({
      kind: 'file',
      fileName: 'billing.json',
    });
  });

  test('a pack whose URL was removed from the settings is removed', async () => {
    const host = packHost(await publish(3));
    await syncAllPacks(signedSettings(), dependencies(host.fetch));
    expect(Object.keys(await installedPacksItem.get())).toEqual(['northwind-billing']);
    await syncAllPacks({ ...signedSettings(), packUrls: [] }, dependencies(host.fetch));
    expect(await installedPacksItem.get()).toEqual({});
  });
});
