import type { InstalledPack } from './installed-packs';
import type { EffectivePackSettings } from './pack-settings';
import type { PackNotice, SourceStatus } from './pack-status';

/** One pack source as the agent and team lead see it: what is installed from it and how the last check went. */
export interface PackSourceView {
  source: string;
  /** "Northwind Support v3" when a pack from this source is installed. */
  installed?: { packId: string; title: string; verifiedBy?: string; installedAt: number };
  lastCheckedAt?: number;
  error?: string;
}

export interface PackOverview {
  sources: PackSourceView[];
  /** Installed packs are unsigned because no key is configured. */
  unsigned: boolean;
  notice: PackNotice | null;
}

function sourceKey(entry: InstalledPack): string {
  return entry.source.kind === 'url' ? entry.source.url : `file:${entry.source.fileName}`;
}

/** Joins settings, installed packs and per-source status into what the footer and options page show. */
export function packOverview(
  settings: EffectivePackSettings,
  installed: Record<string, InstalledPack>,
  status: Record<string, SourceStatus>,
  notice: PackNotice | null,
): PackOverview {
  const bySource = new Map(Object.values(installed).map((entry) => [sourceKey(entry), entry]));
  const keys = [...new Set([...settings.packUrls, ...bySource.keys()])];
  const sources = keys.map((source): PackSourceView => {
    const entry = bySource.get(source);
    return {
      source,
      installed: entry && {
        packId: entry.pack.id,
        title: `${entry.pack.name} v${entry.pack.version}`,
        verifiedBy: entry.verifiedBy,
        installedAt: entry.installedAt,
      },
      lastCheckedAt: status[source]?.lastCheckedAt,
      error: status[source]?.error,
    };
  });
  return {
    sources,
    unsigned: Object.values(installed).some((entry) => entry.verifiedBy === undefined),
    notice,
  };
}
