import { fieldLabel } from '../lib/diagnostics/snapshot-fields';
import type { FieldOverride } from '../lib/hub/panel-view';

function sentenceList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * "Priority and status read with an override from Northwind Support; requester email from
 * Harbour Billing": which fields a pack's override supplied, pack by pack, in one line.
 */
export function overrideNoteText(overrides: readonly FieldOverride[]): string {
  const byPack = new Map<string, string[]>();
  for (const { field, packName } of overrides) {
    const fields = byPack.get(packName) ?? [];
    if (!fields.includes(field)) fields.push(field);
    byPack.set(packName, fields);
  }
  const parts = [...byPack].map(([packName, fields], index) => {
    const labels = sentenceList(fields.map(fieldLabel));
    return index === 0 ? `${labels} read with an override from ${packName}` : `${labels} from ${packName}`;
  });
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A discreet line under the ticket's facts when a team lead's pack, not Touchpoint's own
 * adapter, read some of them (issue #8): the agent knows whom to ask if a value looks wrong.
 */
export function OverrideNote({ overrides }: { overrides: readonly FieldOverride[] }) {
  if (overrides.length === 0) return null;
  return <p class="override-note">{overrideNoteText(overrides)}</p>;
}
