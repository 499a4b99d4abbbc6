import { expect, test } from 'vitest';

import { panelViewFor } from '../../lib/hub/panel-view';
import type { TicketTab } from '../../lib/hub/ticket-tabs';
import { makeTicket, ticketReading } from '../builders/ticket';

const tabs: Record<string, TicketTab> = {
  7: { windowId: 1, reading: ticketReading(), seenAt: 1 },
  8: { windowId: 1, reading: { kind: 'no-ticket', helpdesk: 'zendesk', helpdeskName: 'Zendesk' }, seenAt: 1 },
  9: {
    windowId: 2,
    reading: {
      kind: 'unreadable',
      helpdesk: 'salesforce',
      helpdeskName: 'Salesforce',
      reason: 'Still loading.',
    },
    seenAt: 1,
  },
};

test.each([
  ['the active tab shows a ticket', { 1: 7 }, 1, { kind: 'ticket', tabId: 7, snapshot: makeTicket() }],
  ['the active tab is a view', { 1: 8 }, 1, { kind: 'no-ticket', helpdeskName: 'Zendesk' }],
  [
    'the active tab is unreadable',
    { 2: 9 },
    2,
    { kind: 'unreadable', tabId: 9, helpdeskName: 'Salesforce', reason: 'Still loading.' },
  ],
  ['the active tab is not a helpdesk', { 1: 40 }, 1, { kind: 'no-helpdesk', activeTabId: 40 }],
  ['the window is unknown', { 1: 7 }, 3, { kind: 'no-helpdesk' }],
  ["another window's ticket never shows", { 1: 7, 2: 41 }, 2, { kind: 'no-helpdesk', activeTabId: 41 }],
])('%s', (_case, activeTabs, windowId, expected) => {
  expect(panelViewFor(tabs, activeTabs, windowId)).toEqual(expected);
});

test("the ticket's times from the helpdesk API are merged into the snapshot the panel shows", () => {
  const voice = ticketReading({ ticketId: '4530', channel: 'phone', createdAt: undefined });
  const withTimes: TicketTab = {
    windowId: 1,
    reading: voice,
    seenAt: 1,
    helpdeskTimes: { checkedAt: 1, checkedFor: 'open', times: { createdAt: '2026-11-26T09:58:00.000Z' } },
  };
  const view = panelViewFor({ 7: withTimes }, { 1: 7 }, 1);
  expect(view.kind === 'ticket' && view.snapshot.createdAt).toBe('2026-11-26T09:58:00.000Z');
});

test("the fields a pack's override read reach the panel, and only a reading that has some carries them", () => {
  const overrides = [{ field: 'priority', packName: 'Northwind Support' }];
  const withOverrides: TicketTab = {
    windowId: 1,
    reading: { kind: 'ticket', snapshot: makeTicket(), overrides },
    seenAt: 1,
  };
  expect(panelViewFor({ 7: withOverrides }, { 1: 7 }, 1)).toEqual({
    kind: 'ticket',
    tabId: 7,
    snapshot: makeTicket(),
    overrides,
  });
  const none: TicketTab = {
    windowId: 1,
    reading: { kind: 'ticket', snapshot: makeTicket(), overrides: [] },
    seenAt: 1,
  };
  expect(panelViewFor({ 7: none }, { 1: 7 }, 1)).not.toHaveProperty('overrides');
});
