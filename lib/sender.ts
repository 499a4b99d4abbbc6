import type { Runtime } from 'webextension-polyfill';

export type SenderKind =
  | { kind: 'content-script'; tabId: number; windowId: number; frameId: number; url: string }
  | { kind: 'extension-page' }
  | { kind: 'foreign'; why: string };

/**
 * The only code that reads a message sender's fields (style.md, practice 6): our own id with a
 * tab is a content script, without a tab an extension page; anything else is foreign.
 */
export function classifySender(sender: Runtime.MessageSender, ownId: string): SenderKind {
  if (sender.id !== ownId) return { kind: 'foreign', why: `sender id ${String(sender.id)}` };
  const tab = sender.tab;
  if (!tab) return { kind: 'extension-page' };
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
