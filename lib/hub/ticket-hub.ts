import type { Runtime } from 'webextension-polyfill';

import { browser } from '../browser';

import { helpdeskFor } from '../helpdesks/index';
import { contentToBackground, parseMessage, type Handlers } from '../messages';
import { classifySender } from '../sender';
import { activeTabsItem, ticketTabsItem } from './ticket-tabs';

type ContentScriptSender = { tabId: number; windowId: number };

const contentHandlers: Handlers<typeof contentToBackground, ContentScriptSender> = {
  async pageRead(reading, { tabId, windowId }) {
    await ticketTabsItem.update((tabs) => ({ ...tabs, [tabId]: { windowId, reading, seenAt: Date.now() } }));
  },
};

function withoutKey<T>(record: Record<string, T>, key: number): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([entryKey]) => entryKey !== String(key)));
}

function forgetTab(tabId: number): Promise<unknown> {
  return ticketTabsItem.update((tabs) => {
    return tabId in tabs ? withoutKey(tabs, tabId) : tabs;
  });
}

function onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const from = classifySender(sender, browser.runtime.id);
  if (from.kind !== 'content-script') {
    if (from.kind === 'foreign') console.warn('Touchpoint: dropped a message from', from.why);
    return undefined;
  }
  // Only the top frame of a helpdesk page speaks for the tab.
  if (from.frameId !== 0 || !helpdeskFor(from.url)) {
    console.warn('Touchpoint: dropped a message from a frame that is not a helpdesk page:', from.url);
    return undefined;
  }
  const parsed = parseMessage(contentToBackground, raw);
  if (!parsed.ok) {
    console.warn('Touchpoint: dropped a malformed message:', parsed.reason);
    return undefined;
  }
  const { message } = parsed;
  return Promise.resolve(contentHandlers[message.name](message.payload, from));
}

async function rememberActiveTabs(): Promise<void> {
  const active = await browser.tabs.query({ active: true });
  await activeTabsItem.update((current) => {
    const next = { ...current };
    for (const { id, windowId } of active)
      if (id !== undefined && windowId !== undefined) next[windowId] = id;
    return next;
  });
}

/**
 * The background's ticket hub: keeps the latest reading per helpdesk tab and the active tab of
 * each window in `storage.session`, where the side panel reads them. Listeners are registered
 * synchronously at start-up so a restarted service worker receives the event that woke it.
 */
export function startTicketHub(): void {
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    void activeTabsItem.update((current) => ({ ...current, [windowId]: tabId }));
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A tab that left the helpdesk keeps no ticket. Without host access to the new page its
    // URL is unreadable, which also means it is no helpdesk page of ours.
    if ((change.url !== undefined || change.status === 'loading') && !helpdeskFor(tab.url ?? '')) {
      void forgetTab(tabId);
    }
  });
  browser.tabs.onAttached.addListener((tabId, { newWindowId }) => {
    void ticketTabsItem.update((tabs) => {
      const known = tabs[tabId];
      return known ? { ...tabs, [tabId]: { ...known, windowId: newWindowId } } : tabs;
    });
  });
  browser.windows.onRemoved.addListener((windowId) => {
    void activeTabsItem.update((current) => {
      return withoutKey(current, windowId);
    });
  });
  void rememberActiveTabs();
}
