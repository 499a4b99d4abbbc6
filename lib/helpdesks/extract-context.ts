import { dateOrderOf, type DateOrder } from '../time/local-date-text';
import type { ExtractContext } from './adapter';

/** The extract context for the agent's choices; what they left unset follows the browser's zone and locale. */
export function extractContextFor(choices: { timeZone?: string; dateOrder?: DateOrder }): ExtractContext {
  const { timeZone, locale } = Intl.DateTimeFormat().resolvedOptions();
  return { timeZone: choices.timeZone ?? timeZone, dateOrder: choices.dateOrder ?? dateOrderOf(locale) };
}
