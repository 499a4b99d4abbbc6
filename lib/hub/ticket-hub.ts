import { browser } from '../browser';
import { isHelpdeskPage } from './helpdesk-pages';
import type { contentToBackground, Handlers } from '../messages';
import type { PageReading } from '../ticket/page-reading';
import type { ContentScriptSender } from './message-router';
import { activeTabsItem, ticketTabsItem } from './ticket-tabs';

/**
 * What the background does with each message from a content script: keep the tab's reading, and
 * hand each reading to `onTicketRead` (the customer history records it), saying whether the tab
 * has just come to this ticket.
 */
export function createContentHandlers(
  onTicketRead: (
    reading: PageReading,
    seenAt: number,
    tab: { newTicket: boolean },
  ) => Promise<void> = async () => undefined,
): Handlers<typeof contentToBackground, ContentScriptSender> {
  return {
    async pageRead(reading, { tabId, windowId }) {
      const now = Date.now();
      let newTicket = false;
      await ticketTabsItem.update((tabs) => {
        const previous = tabs[tabId];
        const sameTicket =
          previous?.reading.kind === 'ticket' &&
          reading.kind === 'ticket' &&
          previous.reading.snapshot.helpdesk === reading.snapshot.helpdesk &&
          previous.reading.snapshot.ticketId === reading.snapshot.ticketId;
        const firstSeenAt =
          reading.kind !== 'ticket' ? undefined : sameTicket ? (previous.firstSeenAt ?? now) : now;
        const helpdeskTimes = sameTicket ? previous.helpdeskTimes : undefined;
        newTicket = reading.kind === 'ticket' && !sameTicket;
        return { ...tabs, [tabId]: { windowId, reading, seenAt: now, firstSeenAt, helpdeskTimes } };
      });
      await onTicketRead(reading, now, { newTicket });
    },
  };
}

function withoutKey<T>(record: Record<string, T>, key: number): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([entryKey]) => entryKey !== String(key)));
}

function forgetTab(tabId: number): Promise<unknown> {
  return ticketTabsItem.update((tabs) => (tabId in tabs ? withoutKey(tabs, tabId) : tabs));
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
  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    void activeTabsItem.update((current) => ({ ...current, [windowId]: tabId }));
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A tab that left the helpdesk keeps no ticket. Without host access to the new page its
    // URL is unreadable, which also means it is no helpdesk page of ours.
    if (change.url === undefined && change.status !== 'loading') return;
    void isHelpdeskPage(tab.url ?? '').then((isHelpdesk) => {
      if (!isHelpdesk) void forgetTab(tabId);
    });
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
