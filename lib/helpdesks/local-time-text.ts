import { readLocalDateTime } from '../time/local-date-text';
import { unambiguousInstant } from '../time/wall-time';
import type { ExtractContext } from './adapter';

/**
 * An ISO instant from a time a helpdesk prints in the agent's profile zone without an offset
 * (Salesforce's "10/3/2024, 9:14 AM" or "03.10.2024, 09:14", Freshdesk's, a pack rule's "local"
 * dates). Undefined for relative text ("1h ago"), a two-digit year, or a reading that names no
 * instant or two (daylight-saving gap or overlap).
 */
export function instantOfLocalText(text: string | undefined, context: ExtractContext): string | undefined {
  if (!text) return undefined;
  const wall = readLocalDateTime(text, context.dateOrder);
  const instant = wall && unambiguousInstant(wall, context.timeZone);
  return instant === undefined ? undefined : new Date(instant).toISOString();
}
