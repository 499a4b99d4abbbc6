import { safeParse } from 'zod/mini';

import { browser } from '../browser';
import { insertReplyResultSchema, type InsertReplyResult } from '../messages-to-content';

/** Relays the panel's "Insert" to the content script of the helpdesk tab, and its answer back. */
export async function relayInsertReply(request: {
  tabId: number;
  ticketId: string;
  text: string;
}): Promise<InsertReplyResult> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(request.tabId, {
      name: 'insertReply',
      payload: { ticketId: request.ticketId, text: request.text },
    });
  } catch {
    return {
      inserted: false,
      reason: 'the helpdesk tab is not reachable (closed, reloading, or opened before Touchpoint)',
    };
  }
  const parsed = safeParse(insertReplyResultSchema, reply);
  return parsed.success
    ? parsed.data
    : { inserted: false, reason: 'the helpdesk page gave no usable answer' };
}
