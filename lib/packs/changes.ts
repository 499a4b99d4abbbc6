import type { Pack } from './pack-schema';

type Section = 'snippets' | 'offers' | 'standards' | 'calendars';

const nouns: Record<Section, [singular: string, plural: string]> = {
  snippets: ['snippet', 'snippets'],
  offers: ['offer', 'offers'],
  standards: ['response standard', 'response standards'],
  calendars: ['calendar', 'calendars'],
};

/** "1 snippet", "3 offers" */
function quantity(count: number, section: Section): string {
  const [singular, plural] = nouns[section];
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * What an update changed, in the words the panel shows after it: "Billing pack v12: 3 snippets
 * updated, 1 new offer". Items are compared by id and content.
 */
export function summarisePackChange(previous: Pack | undefined, next: Pack): string {
  const title = `${next.name} v${next.version}`;
  if (!previous) {
    return `${title} installed: ${quantity(next.snippets.length, 'snippets')}, ${quantity(next.offers.length, 'offers')}`;
  }
  const parts: string[] = [];
  for (const section of ['snippets', 'offers', 'standards', 'calendars'] as const) {
    const before = new Map<string, string>(previous[section].map((item) => [item.id, JSON.stringify(item)]));
    const after = new Map<string, string>(next[section].map((item) => [item.id, JSON.stringify(item)]));
    let added = 0;
    let updated = 0;
    for (const [id, content] of after) {
      const old = before.get(id);
      if (old === undefined) added++;
      else if (old !== content) updated++;
    }
    const removed = [...before.keys()].filter((id) => !after.has(id)).length;
    if (updated) parts.push(`${quantity(updated, section)} updated`);
    if (added) parts.push(quantity(added, section).replace(/^(\d+) /, '$1 new '));
    if (removed) parts.push(`${quantity(removed, section)} removed`);
  }
  return `${title}: ${parts.length ? parts.join(', ') : 'no content changes'}`;
}
