import { helpdeskFor } from '../helpdesks/index';
import { helpdeskRulesItem } from '../settings/helpdesk-rules';

/**
 * Whether a URL is a page of a helpdesk Touchpoint reads: a built-in one, or one an active pack
 * declares (whose rules are read from storage only when the URL is not a built-in helpdesk's).
 */
export async function isHelpdeskPage(url: string): Promise<boolean> {
  if (helpdeskFor(url)) return true;
  return helpdeskFor(url, await helpdeskRulesItem.get()) !== undefined;
}
