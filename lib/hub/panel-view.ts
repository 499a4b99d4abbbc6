import { withHelpdeskTimes } from '../ticket/helpdesk-times';
import type { PageReading } from '../ticket/page-reading';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { TicketTab } from './ticket-tabs';

/** A field a pack's selector override supplied, and the pack's name (issue #8). */
export type FieldOverride = NonNullable<Extract<PageReading, { kind: 'ticket' }>['overrides']>[number];

/** What the side panel shows for one window. */
export type PanelView =
  | { kind: 'no-helpdesk'; activeTabId?: number }
  /** The active tab is a helpdesk page whose content script has not reported (yet). */
  | { kind: 'waiting'; helpdeskName: string }
  | { kind: 'no-ticket'; helpdeskName: string }
  /** `tabId`: the page can be reported ("Report this page"). */
  | { kind: 'unreadable'; tabId: number; helpdeskName: string; reason: string }
  | {
      kind: 'ticket';
      tabId: number;
      snapshot: TicketSnapshot;
      firstSeenAt?: number;
      /** Fields read with a pack's override rather than the built-in adapter. */
      overrides?: FieldOverride[];
    };

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
        ...(reading.overrides?.length ? { overrides: reading.overrides } : {}),
      };
    case 'no-ticket':
      return { kind: 'no-ticket', helpdeskName: reading.helpdeskName };
    case 'unreadable':
      return { kind: 'unreadable', tabId, helpdeskName: reading.helpdeskName, reason: reading.reason };
  }
}
