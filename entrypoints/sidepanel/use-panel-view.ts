import { useEffect, useState } from 'preact/hooks';
import type { Storage } from 'webextension-polyfill';

import { browser } from '../../lib/browser';
import { helpdeskFor, type HelpdeskRules } from '../../lib/helpdesks/index';
import { panelViewFor, type PanelView } from '../../lib/hub/panel-view';
import { activeTabsItem, ticketTabsItem, type TicketTab } from '../../lib/hub/ticket-tabs';

interface HubState {
  tabs: Record<string, TicketTab>;
  activeTabs: Record<string, number>;
}

/**
 * The panel view for `windowId`, live: the hub's state is read once, then followed through
 * `storage.onChanged`, so a ticket switch in the page reaches the panel with no polling.
 * `helpdeskRules` name the helpdesks the active packs declare, for a page still loading.
 */
export function usePanelView(
  windowId: number | undefined,
  helpdeskRules: HelpdeskRules | undefined,
): PanelView | undefined {
  const [hub, setHub] = useState<HubState>();
  const [waitingFor, setWaitingFor] = useState<{ tabId: number; helpdeskName: string }>();

  useEffect(() => {
    if (windowId === undefined) return;
    let current: HubState | undefined;
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area !== 'session' || !current) return;
      const tabs = changes[ticketTabsItem.key];
      const activeTabs = changes[activeTabsItem.key];
      if (!tabs && !activeTabs) return;
      current = {
        tabs: tabs ? ticketTabsItem.parse(tabs.newValue) : current.tabs,
        activeTabs: activeTabs ? activeTabsItem.parse(activeTabs.newValue) : current.activeTabs,
      };
      setHub(current);
    };
    browser.storage.onChanged.addListener(onChanged);
    void Promise.all([ticketTabsItem.get(), activeTabsItem.get()]).then(([tabs, activeTabs]) => {
      current ??= { tabs, activeTabs };
      setHub(current);
    });
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [windowId]);

  const view = hub && windowId !== undefined ? panelViewFor(hub.tabs, hub.activeTabs, windowId) : undefined;
  const unreadTabId = view?.kind === 'no-helpdesk' ? view.activeTabId : undefined;

  useEffect(() => {
    if (unreadTabId === undefined) return;
    let stale = false;
    // The tab's URL is readable only on helpdesk hosts (our host permissions, and the origins
    // granted to declared helpdesks): exactly the case to explain.
    browser.tabs.get(unreadTabId).then(
      (tab) => {
        const adapter = helpdeskFor(tab.url ?? '', helpdeskRules);
        if (!stale && adapter) setWaitingFor({ tabId: unreadTabId, helpdeskName: adapter.name });
      },
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [unreadTabId, helpdeskRules]);

  if (view?.kind === 'no-helpdesk' && waitingFor && waitingFor.tabId === view.activeTabId) {
    return { kind: 'waiting', helpdeskName: waitingFor.helpdeskName };
  }
  return view;
}
