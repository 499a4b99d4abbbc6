import type { Runtime } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { safeParse } from 'zod/mini';

import { browser } from '../browser';
import type { ExtractContext } from '../helpdesks/adapter';
import { extractContextFor } from '../helpdesks/extract-context';
import type { PageReader } from '../helpdesks/page-reader';
import { createPageWatcher } from '../helpdesks/page-watcher';
import { insertReplyIntoPage } from '../helpdesks/reply-insertion';
import type { ContentToBackground } from '../messages';
import { backgroundToContentMessageSchema } from '../messages-to-content';
import { classifySender, ownExtension } from '../sender';
import { helpdeskClockItem } from '../settings/helpdesk-clock';
import { helpdeskRulesItem } from '../settings/helpdesk-rules';

/**
 * What every helpdesk content script does (entrypoints/*.content.ts), with the reader of its own
 * helpdesk: reads the ticket the agent is looking at, tells the background whenever that changes,
 * and puts a reply into the composer when the panel asks.
 */
export async function runContentScript(ctx: ContentScriptContext, reader: PageReader): Promise<void> {
  let context: ExtractContext = extractContextFor(await helpdeskClockItem.get());
  let rules = await helpdeskRulesItem.get();
  const watcher = createPageWatcher({
    reader,
    doc: document,
    currentUrl: () => location.href,
    context: () => context,
    rules: () => rules,
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
  // A pack update that fixes a selector, or a new helpdesk clock, is read at once: no reload.
  const onSettingsChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const clock = changes[helpdeskClockItem.key];
    const newRules = changes[helpdeskRulesItem.key];
    if (clock) context = extractContextFor(helpdeskClockItem.parse(clock.newValue));
    if (newRules) rules = helpdeskRulesItem.parse(newRules.newValue);
    if (clock || newRules) watcher.resend();
  };
  browser.storage.onChanged.addListener(onSettingsChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettingsChanged));

  const onMessage = (raw: unknown, sender: Runtime.MessageSender) => {
    if (classifySender(sender, ownExtension(browser.runtime)).kind !== 'extension-page') return undefined;
    const parsed = safeParse(backgroundToContentMessageSchema, raw);
    if (!parsed.success) return undefined;
    return Promise.resolve(
      insertReplyIntoPage(reader, document, location.href, context, parsed.data.payload, rules),
    );
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  watcher.start();
}
