import { helpdeskRulesSchema, noHelpdeskRules, type HelpdeskRules } from '../helpdesks/rules/helpdesk-rules';
import { defineStoredItem } from '../storage/stored-item';

/**
 * The active packs' selector overrides and declared helpdesks, as the background collected them
 * when the packs last changed. The content scripts and the page diagnostic read the page with
 * them; a change reaches open pages through `storage.onChanged`, without a reload.
 */
export const helpdeskRulesItem = defineStoredItem<HelpdeskRules>({
  area: 'local',
  key: 'helpdeskRules',
  schema: helpdeskRulesSchema,
  fallback: () => noHelpdeskRules,
});
