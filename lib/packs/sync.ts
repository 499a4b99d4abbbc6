import { summarisePackChange } from './changes';
import { installedPacksItem, type InstalledPack } from './installed-packs';
import type { EffectivePackSettings } from './pack-settings';
import { packNoticeItem, packStatusItem } from './pack-status';
import { formatPackError, MAX_PACK_BYTES, parsePackText } from './parse';
import { verifyPackSignature } from './signature';

const FETCH_TIMEOUT_MS = 15_000;

export type SyncOutcome =
  | { source: string; result: 'installed' | 'updated'; packId: string; version: number; notice: string }
  | { source: string; result: 'unchanged' }
  | { source: string; result: 'refused'; reason: string };

export interface SyncDependencies {
  fetch: typeof fetch;
  now: () => number;
}

const defaultDependencies: SyncDependencies = {
  fetch: (...args) => globalThis.fetch(...args),
  now: Date.now,
};

interface Candidate {
  source: string;
  bytes: Uint8Array;
  signature: string | undefined;
  installAs: InstalledPack['source'];
  etag?: string;
}

function tooLarge(bytes: number): string {
  return `pack is ${(bytes / 1_000_000).toFixed(1)} MB; the limit is ${MAX_PACK_BYTES / 1_000_000} MB`;
}

/** Keeps the last good pack and records why the candidate was refused. */
async function recordRefusal(source: string, now: number, reason: string): Promise<SyncOutcome> {
  await packStatusItem.update((status) => ({
    ...status,
    [source]: { ...status[source], lastCheckedAt: now, error: reason },
  }));
  return { source, result: 'refused', reason };
}

/**
 * Checks a candidate pack and, only if every check passes, swaps it in whole: a trusted key must
 * verify its exact bytes (unsigned packs only while no key is configured), it must parse and
 * validate, and its version must be newer than the installed one. Otherwise the last good pack
 * stays and the reason is recorded for the panel and the options page.
 */
async function accept(
  candidate: Candidate,
  settings: EffectivePackSettings,
  now: number,
): Promise<SyncOutcome> {
  const { source } = candidate;
  const refuse = (reason: string) => recordRefusal(source, now, reason);

  // Checked before the signature, so an oversized body costs no hashing.
  if (candidate.bytes.byteLength > MAX_PACK_BYTES) return refuse(tooLarge(candidate.bytes.byteLength));
  let verifiedBy: string | undefined;
  if (settings.trustedKeys.length > 0) {
    if (!candidate.signature) return refuse('no signature found (expected a .sig file beside the pack)');
    const verdict = await verifyPackSignature(candidate.bytes, candidate.signature, settings.trustedKeys);
    if (!verdict.ok) return refuse(`signature refused: ${verdict.reason}`);
    verifiedBy = verdict.keyId;
  }
  const parsed = parsePackText(candidate.bytes);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 5).map(formatPackError);
    const more = parsed.errors.length > 5 ? ` (and ${parsed.errors.length - 5} more)` : '';
    return refuse(`invalid pack: ${shown.join('; ')}${more}`);
  }
  const { pack } = parsed;
  const installed = await installedPacksItem.get();
  const previous = installed[pack.id];
  if (previous && previous.pack.version >= pack.version) {
    if (previous.pack.version === pack.version) {
      await packStatusItem.update((status) => ({
        ...status,
        [source]: { lastCheckedAt: now, etag: candidate.etag, packId: pack.id, version: pack.version },
      }));
      return { source, result: 'unchanged' };
    }
    return refuse(
      `version ${pack.version} is older than the installed version ${previous.pack.version}; refused`,
    );
  }

  const notice = summarisePackChange(previous?.pack, pack);
  await installedPacksItem.update((current) => ({
    ...current,
    [pack.id]: { pack, source: candidate.installAs, installedAt: now, verifiedBy },
  }));
  await packStatusItem.update((status) => ({
    ...status,
    [source]: { lastCheckedAt: now, etag: candidate.etag, packId: pack.id, version: pack.version },
  }));
  await packNoticeItem.update(() => ({ packId: pack.id, text: notice, at: now }));
  return {
    source,
    result: previous ? 'updated' : 'installed',
    packId: pack.id,
    version: pack.version,
    notice,
  };
}

async function fetchBytes(
  url: string,
  dependencies: SyncDependencies,
  etag?: string,
): Promise<
  | { kind: 'unchanged' }
  | { kind: 'too-large'; size: number }
  | { kind: 'body'; bytes: Uint8Array; etag?: string }
> {
  const response = await dependencies.fetch(url, {
    cache: 'no-store',
    headers: etag ? { 'If-None-Match': etag } : {},
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (response.status === 304) return { kind: 'unchanged' };
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  // Refuse a declared oversize body before reading it; a body that lies about its size is caught in accept().
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_PACK_BYTES) {
    await response.body?.cancel();
    return { kind: 'too-large', size: declared };
  }
  return {
    kind: 'body',
    bytes: new Uint8Array(await response.arrayBuffer()),
    etag: response.headers.get('etag') ?? undefined,
  };
}

/** One pack URL: fetched with If-None-Match; its signature from `<url>.sig`. */
export async function syncPackUrl(
  url: string,
  settings: EffectivePackSettings,
  dependencies: SyncDependencies = defaultDependencies,
): Promise<SyncOutcome> {
  const now = dependencies.now();
  const known = (await packStatusItem.get())[url];
  try {
    // The ETag is the last accepted pack's: a refused update is fetched (and judged) again next time.
    const fetched = await fetchBytes(url, dependencies, known?.etag);
    if (fetched.kind === 'too-large') return await recordRefusal(url, now, tooLarge(fetched.size));
    if (fetched.kind === 'unchanged') {
      await packStatusItem.update((status) => ({
        ...status,
        [url]: { ...status[url], lastCheckedAt: now, error: undefined },
      }));
      return { source: url, result: 'unchanged' };
    }
    let signature: string | undefined;
    if (settings.trustedKeys.length > 0) {
      const signed = await dependencies.fetch(`${url}.sig`, {
        cache: 'no-store',
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      signature = signed.ok ? (await signed.text()).trim() : undefined;
    }
    return await accept(
      { source: url, bytes: fetched.bytes, signature, installAs: { kind: 'url', url }, etag: fetched.etag },
      settings,
      now,
    );
  } catch (error) {
    return recordRefusal(
      url,
      now,
      `could not fetch: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A pack file a team lead imports on the options page, with its signature file when keys are set. */
export function importPackFile(
  file: { name: string; bytes: Uint8Array; signature?: string },
  settings: EffectivePackSettings,
  dependencies: SyncDependencies = defaultDependencies,
): Promise<SyncOutcome> {
  return accept(
    {
      source: `file:${file.name}`,
      bytes: file.bytes,
      signature: file.signature?.trim(),
      installAs: { kind: 'file', fileName: file.name },
    },
    settings,
    dependencies.now(),
  );
}

/** Every configured URL in turn; packs from URLs no longer configured are removed. */
export async function syncAllPacks(
  settings: EffectivePackSettings,
  dependencies: SyncDependencies = defaultDependencies,
): Promise<SyncOutcome[]> {
  const configured = new Set(settings.packUrls);
  await installedPacksItem.update((installed) =>
    Object.fromEntries(
      Object.entries(installed).filter(
        ([, entry]) => entry.source.kind !== 'url' || configured.has(entry.source.url),
      ),
    ),
  );
  const outcomes: SyncOutcome[] = [];
  for (const url of settings.packUrls) outcomes.push(await syncPackUrl(url, settings, dependencies));
  return outcomes;
}
