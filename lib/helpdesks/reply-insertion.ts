import type { InsertReplyResult } from '../messages-to-content';
import type { ExtractContext } from './adapter';
import { insertIntoComposer } from './insert-reply';
import type { PageReader } from './page-reader';
import { noHelpdeskRules, type HelpdeskRules } from './rules/helpdesk-rules';

/**
 * The content script's side of "Insert": only into the composer of the ticket the panel showed,
 * and only if that ticket is still the one in front of the agent.
 */
export function insertReplyIntoPage(
  reader: PageReader,
  doc: Document,
  url: string,
  context: ExtractContext,
  request: { ticketId: string; text: string },
  rules: HelpdeskRules = noHelpdeskRules,
): InsertReplyResult {
  const reading = reader.readPage(doc, url, context, rules);
  if (reading?.kind !== 'ticket' || reading.snapshot.ticketId !== request.ticketId) {
    return { inserted: false, reason: 'the ticket on screen is no longer the one in the panel' };
  }
  const composer = reader.helpdeskFor(url, rules)?.composer(doc, new URL(url));
  if (!composer) return { inserted: false, reason: 'no reply composer is open on this ticket' };
  return insertIntoComposer(composer, request.text)
    ? { inserted: true }
    : { inserted: false, reason: 'the reply composer did not accept the text' };
}
