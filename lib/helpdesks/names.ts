import { adapters } from './index';

/** The display name of a helpdesk id ("zendesk" → "Zendesk"); the id itself for one we do not know. */
export function helpdeskName(helpdeskId: string): string {
  return adapters.find((adapter) => adapter.id === helpdeskId)?.name ?? helpdeskId;
}
