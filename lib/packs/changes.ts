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

const helpdeskNames: Record<string, string> = { zendesk: 'Zendesk', salesforce: 'Salesforce', freshdesk: 'Freshdesk' };

/**
 * The selector overrides and declared helpdesks of a pack, by helpdesk name, each with its rules
 * as text: what "what changed" compares (issue #8).
 */
function helpdeskRuleTexts(pack: Pack): Map<string, string> {
  const rules = new Map<string, string>();
  for (const override of pack.helpdeskOverrides ?? []) {
    rules.set(`selector overrides for ${helpdeskNames[override.helpdesk] ?? override.helpdesk}`, JSON.stringify(override));
  }
  for (const declared of pack.declaredHelpdesks ?? []) {
    rules.set(`declared helpdesk ${declared.name}`, JSON.stringify(declared));
  }
  return rules;
}

/** "selector overrides for Zendesk updated", "new declared helpdesk Acme Desk", … */
function helpdeskRuleChanges(previous: Pack, next: Pack): string[] {
  const before = helpdeskRuleTexts(previous);
  const after = helpdeskRuleTexts(next);
  const parts: string[] = [];
  for (const [what, content] of after) {
    const old = before.get(what);
    if (old === undefined) parts.push(`new ${what}`);
    else if (old !== content) parts.push(`${what} updated`);
  }
  for (const what of before.keys()) if (!after.has(what)) parts.push(`${what} removed`);
  return parts;
}

/**
 * What an update changed, in the words the panel shows after it: "Billing pack v12: 3 snippets
 * updated, 1 new offer, selector overrides for Zendesk updated". Items are compared by id and
 * content; overrides by helpdesk, declared helpdesks by name.
 */
export function summarisePackChange(previous: Pack | undefined, next: Pack): string {
  const title = `${next.name} v${next.version}`;
  if (!previous) {
    const rules = [...helpdeskRuleTexts(next).keys()].map((what) => `, ${what}`).join('');
    return `${title} installed: ${quantity(next.snippets.length, 'snippets')}, ${quantity(next.offers.length, 'offers')}${rules}`;
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
  parts.push(...helpdeskRuleChanges(previous, next));
  return `${title}: ${parts.length ? parts.join(', ') : 'no content changes'}`;
}
