import type { Pack } from '../../lib/packs/pack-schema';

function count(items: readonly unknown[], noun: string): string {
  return `${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
}

/** "Northwind Support v3: 44 snippets (2 locales), 12 offers, 4 standards, 2 calendars". */
export function packSummary(pack: Pack): string {
  const locales = [...new Set(pack.snippets.map((snippet) => snippet.locale))];
  const snippets = `${count(pack.snippets, 'snippet')}${locales.length > 0 ? ` (${count(locales, 'locale')})` : ''}`;
  return `${pack.name} v${pack.version}: ${[
    snippets,
    count(pack.offers, 'offer'),
    count(pack.standards, 'standard'),
    count(pack.calendars, 'calendar'),
  ].join(', ')}`;
}
