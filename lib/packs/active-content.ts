import type { Calendar } from './calendar-schema';
import type { InstalledPack } from './installed-packs';
import type { Snippet } from './snippet-schema';
import type { Standard } from './standards-schema';

/** What the panel uses from every installed pack at once. */
export interface ActivePackContent {
  /** One entry per pack, so each keeps its review interval for the stale flag. */
  knowledge: { snippets: Snippet[]; reviewIntervalDays?: number }[];
  /** Standards are tried in this order: packs by name, each pack's own order within. */
  standards: Standard[];
  calendars: Calendar[];
  packCount: number;
}

const cache = new WeakMap<Record<string, InstalledPack>, ActivePackContent>();

/**
 * Joins the installed packs' content. Cached per installed-packs value, so the arrays keep their
 * identity between renders and the search index built over them is built once per pack version.
 */
export function activePackContent(installed: Record<string, InstalledPack>): ActivePackContent {
  const cached = cache.get(installed);
  if (cached) return cached;
  const packs = Object.values(installed)
    .map((entry) => entry.pack)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const content: ActivePackContent = {
    knowledge: packs.map((pack) => ({
      snippets: pack.snippets,
      reviewIntervalDays: pack.reviewIntervalDays,
    })),
    standards: packs.flatMap((pack) => pack.standards),
    // Calendar ids are per pack; a standard's calendarId names one of its own pack's calendars.
    calendars: packs.flatMap((pack) => pack.calendars),
    packCount: packs.length,
  };
  cache.set(installed, content);
  return content;
}
