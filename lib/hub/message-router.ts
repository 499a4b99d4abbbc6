import type { Runtime } from 'webextension-polyfill';

import { browser } from '../browser';
import { contentToBackground, dispatch, pageToBackground, parseMessage, type Handlers } from '../messages';
import { classifySender, ownExtension } from '../sender';
import { isHelpdeskPage } from './helpdesk-pages';

export interface ContentScriptSender {
  tabId: number;
  windowId: number;
}

/**
 * The background's one entry for messages: the sender is classified once, the message is parsed
 * against the protocol of that kind of sender, and only then handled. Anything else is dropped
 * with the reason logged (style.md, practice 6).
 */
export function startMessageRouter(handlers: {
  content: Handlers<typeof contentToBackground, ContentScriptSender>;
  page: Handlers<typeof pageToBackground, undefined>;
}): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    const from = classifySender(sender, ownExtension(browser.runtime));
    if (from.kind === 'foreign') {
      console.warn('Touchpoint: dropped a message from', from.why);
      return undefined;
    }
    if (from.kind === 'extension-page') {
      const parsed = parseMessage(pageToBackground, raw);
      if (!parsed.ok) {
        console.warn('Touchpoint: dropped a malformed message:', parsed.reason);
        return undefined;
      }
      return dispatch(handlers.page, parsed.message, undefined);
    }
    return (async () => {
      // Only the top frame of a helpdesk page (built in, or declared by a pack) speaks for the tab.
      if (from.frameId !== 0 || !(await isHelpdeskPage(from.url))) {
        console.warn('Touchpoint: dropped a message from a frame that is not a helpdesk page:', from.url);
        return undefined;
      }
      const parsed = parseMessage(contentToBackground, raw);
      if (!parsed.ok) {
        console.warn('Touchpoint: dropped a malformed message:', parsed.reason);
        return undefined;
      }
      return dispatch(handlers.content, parsed.message, from);
    })();
  });
}
