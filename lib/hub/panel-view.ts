import { withHelpdeskTimes } from '../ticket/helpdesk-times';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { TicketTab } from './ticket-tabs';

/** What the side panel shows for one window. */
export type PanelView =
  | { kind: 'no-helpdesk'; activeTabId?: number }
  /** The active tab is a helpdesk page whose content script has not reported (yet). */
  | { kind: 'waiting'; helpdeskName: string }
  | { kind: 'no-ticket'; helpdeskName: string }
  | { kind: 'unreadable'; helpdeskName: string; reason: string }
  | { kind: 'ticket'; tabId: number; snapshot: TicketSnapshot; firstSeenAt?: number };

/** The panel view for `windowId`: the reading of the window's active tab, if it is a helpdesk tab. */
export function panelViewFor(
  tabs: Record<string, TicketTab>,
  activeTabs: Record<string, number>,
  windowId: number,
): PanelView {
  const tabId = activeTabs[windowId];
  const tab = tabId === undefined ? undefined : tabs[tabId];
  if (tabId === undefined) return { kind: 'no-helpdesk' };
  if (!tab) return { kind: 'no-helpdesk', activeTabId: tabId };
  const { reading } = tab;
  switch (reading.kind) {
    case 'ticket':
      return {
        kind: 'ticket',
        tabId,
        snapshot: withHelpdeskTimes(reading.snapshot, tab.helpdeskTimes?.times),
        firstSeenAt: tab.firstSeenAt,
      };
    case 'no-ticket':
      return { kind: 'no-ticket', helpdeskName: reading.helpdeskName };
    case 'unreadable':
      return { kind: 'unreadable', helpdeskName: reading.helpdeskName, reason: reading.reason };
  }
}
