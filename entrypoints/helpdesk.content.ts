import { defineContentScript } from '#imports';
import type { Runtime } from 'webextension-polyfill';
import { safeParse } from 'zod/mini';

import { browser } from '../lib/browser';
import type { ExtractContext } from '../lib/helpdesks/adapter';
import { extractContextFor } from '../lib/helpdesks/extract-context';
import { contentScriptMatches } from '../lib/helpdesks/hosts';
import { createPageWatcher } from '../lib/helpdesks/page-watcher';
import type { ContentToBackground } from '../lib/messages';
import { insertReplyIntoPage } from '../lib/helpdesks/reply-insertion';
import { backgroundToContentMessageSchema } from '../lib/messages-to-content';
import { classifySender, ownExtension } from '../lib/sender';
import { helpdeskClockItem } from '../lib/settings/helpdesk-clock';

/** Reads the ticket the agent is looking at and tells the background whenever that changes. */
export default defineContentScript({
  matches: contentScriptMatches,
  runAt: 'document_idle',
  async main(ctx) {
    let context: ExtractContext = extractContextFor(await helpdeskClockItem.get());
    const watcher = createPageWatcher({
      doc: document,
      currentUrl: () => location.href,
      context: () => context,
      signal: ctx.signal,
      report(reading) {
        const message: ContentToBackground = { name: 'pageRead', payload: reading };
        // The background may be restarting; the next change is sent again, so a lost one is harmless.
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.urlChanged());
    // A page restored from the back/forward cache was never unloaded: tell the background again.
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.persisted) watcher.resend();
    });
    const onSettingsChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[helpdeskClockItem.key];
      if (area !== helpdeskClockItem.area || !change) return;
      context = extractContextFor(helpdeskClockItem.parse(change.newValue));
      watcher.resend();
    };
    browser.storage.onChanged.addListener(onSettingsChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettingsChanged));

    const onMessage = (raw: unknown, sender: Runtime.MessageSender) => {
      if (classifySender(sender, ownExtension(browser.runtime)).kind !== 'extension-page') return undefined;
      const parsed = safeParse(backgroundToContentMessageSchema, raw);
      if (!parsed.success) return undefined;
      return Promise.resolve(insertReplyIntoPage(document, location.href, context, parsed.data.payload));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    watcher.start();
  },
});
