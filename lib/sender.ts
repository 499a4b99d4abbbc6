import type { Runtime } from 'webextension-polyfill';

export type SenderKind =
  | { kind: 'content-script'; tabId: number; windowId: number; frameId: number; url: string }
  | { kind: 'extension-page' }
  | { kind: 'foreign'; why: string };

/**
 * The only code that reads a message sender's fields (style.md, practice 6). Our own id from a
 * page of our own origin is an extension page, even in a tab (the panel popped out, the options
 * tab); our own id from any other page is our content script; anything else is foreign.
 */
export function classifySender(
  sender: Runtime.MessageSender,
  own: { id: string; origin: string },
): SenderKind {
  if (sender.id !== own.id) return { kind: 'foreign', why: `sender id ${String(sender.id)}` };
  const tab = sender.tab;
  if (!tab || sender.url?.startsWith(own.origin)) return { kind: 'extension-page' };
  if (tab.id === undefined || tab.windowId === undefined || !sender.url) {
    return { kind: 'foreign', why: 'content script without tab id, window or url' };
  }
  return {
    kind: 'content-script',
    tabId: tab.id,
    windowId: tab.windowId,
    frameId: sender.frameId ?? 0,
    url: sender.url,
  };
}

/** This extension's identity as `classifySender` needs it. */
export function ownExtension(runtime: { id: string; getURL(path: string): string }): {
  id: string;
  origin: string;
} {
  return { id: runtime.id, origin: runtime.getURL('/') };
}
