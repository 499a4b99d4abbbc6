import { mergeOfferRules, type OfferRules } from '../offers/offer-rules';
import type { OfferCandidate } from '../offers/selection';
import type { Calendar } from './calendar-schema';
import type { InstalledPack } from './installed-packs';
import type { Snippet } from './snippet-schema';
import type { Standard } from './standards-schema';

/** What the panel uses from every installed pack at once. */
export interface ActivePackContent {
  /** One entry per pack, so each keeps its review interval for the stale flag. */
  knowledge: { packId: string; snippets: Snippet[]; reviewIntervalDays?: number }[];
  /** Standards are tried in this order: packs by name, each pack's own order within. */
  standards: Standard[];
  calendars: Calendar[];
  /** Every pack's offers, packs by name, each with its own pack's product names. */
  offers: OfferCandidate[];
  /** The packs' offer rules joined, with defaults for what none sets. */
  offerRules: OfferRules;
  /** Product id → name, from every pack's catalogue (the first pack by name wins a shared id). */
  productNames: ReadonlyMap<string, string>;
  packCount: number;
}

const cache = new WeakMap<Record<string, InstalledPack>, Map<string, ActivePackContent>>();

/** A snippet scoped to teams reaches only their agents; an unscoped one reaches everyone. */
function reaches(snippet: Snippet, team: string | undefined): boolean {
  return snippet.teams.length === 0 || (team !== undefined && snippet.teams.includes(team));
}

/**
 * Joins the installed packs' content for an agent of `team`. Cached per installed-packs value and
 * team, so the arrays keep their identity between renders and the search index built over them
 * is built once per pack version.
 */
export function activePackContent(installed: Record<string, InstalledPack>, team?: string): ActivePackContent {
  const byTeam = cache.get(installed) ?? new Map<string, ActivePackContent>();
  cache.set(installed, byTeam);
  const cached = byTeam.get(team ?? '');
  if (cached) return cached;
  const packs = Object.values(installed)
    .map((entry) => entry.pack)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const content: ActivePackContent = {
    knowledge: packs.map((pack) => ({
      packId: pack.id,
      snippets: pack.snippets.filter((snippet) => reaches(snippet, team)),
      reviewIntervalDays: pack.reviewIntervalDays,
    })),
    standards: packs.flatMap((pack) => pack.standards),
    // Calendar ids are per pack; a standard's calendarId names one of its own pack's calendars.
    calendars: packs.flatMap((pack) => pack.calendars),
    offers: packs.flatMap((pack) => {
      const catalogue = new Map(pack.products.map((product) => [product.id, product.name]));
      return pack.offers.map((offer) => ({ packId: pack.id, offer, catalogue }));
    }),
    offerRules: mergeOfferRules(packs.map((pack) => pack.offerRules)),
    productNames: new Map(
      packs.flatMap((pack) => pack.products.map((product) => [product.id, product.name] as const)).reverse(),
    ),
    packCount: packs.length,
  };
  byTeam.set(team ?? '', content);
  return content;
}
