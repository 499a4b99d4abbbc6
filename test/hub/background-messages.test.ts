import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';

import { startMessageRouter } from '../../lib/hub/message-router';
import { createContentHandlers, startTicketHub } from '../../lib/hub/ticket-hub';
import { activeTabsItem, ticketTabsItem } from '../../lib/hub/ticket-tabs';
import { makeTicket, ticketReading } from '../builders/ticket';

const zendeskUrl = 'https://northwind.zendesk.com/agent/tickets/4512';

function contentScript(
  tabId: number,
  overrides: Partial<Browser.runtime.MessageSender> = {},
): Browser.runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url: zendeskUrl,
    frameId: 0,
    tab: {
      id: tabId,
      windowId: 1,
      index: 0,
      highlighted: true,
      active: true,
      pinned: false,
      incognito: false,
      selected: true,
      frozen: false,
      discarded: false,
      autoDiscardable: true,
      groupId: -1,
    },
    ...overrides,
  };
}

function deliver(message: unknown, sender: Browser.runtime.MessageSender) {
  return fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
}

const onTicketRead = vi.fn(async () => undefined);
const pageHandlers = {
  checkPacksNow: vi.fn(async () => []),
  importPack: vi.fn(),
  insertReply: vi.fn(),
  forgetCustomer: vi.fn(),
  recordOfferEvent: vi.fn(async () => true),
  recordActivity: vi.fn(async () => undefined),
  reportPage: vi.fn(),
};

beforeEach(() => {
  fakeBrowser.reset();
  // Not part of WXT's fake; the hub only listens to it.
  vi.spyOn(fakeBrowser.tabs.onAttached, 'addListener').mockImplementation(() => undefined);
  pageHandlers.checkPacksNow.mockClear();
  pageHandlers.reportPage.mockClear();
  onTicketRead.mockClear();
  startMessageRouter({ content: createContentHandlers(onTicketRead), page: pageHandlers });
  startTicketHub();
});

describe('page readings from content scripts', () => {
  test('stores the latest reading per tab, with its window', async () => {
    await deliver({ name: 'pageRead', payload: ticketReading() }, contentScript(7));
    expect(await ticketTabsItem.get()).toEqual({
      7: {
        windowId: 1,
        reading: ticketReading(),
        seenAt: expect.any(Number),
        firstSeenAt: expect.any(Number),
      },
    });
  });

  test('remembers when the tab first showed the ticket, across re-readings of it', async () => {
    vi.setSystemTime(Date.parse('2026-11-26T09:00:00Z'));
    await deliver({ name: 'pageRead', payload: ticketReading() }, contentScript(7));
    vi.setSystemTime(Date.parse('2026-11-26T09:05:00Z'));
    await deliver({ name: 'pageRead', payload: ticketReading({ status: 'pending' }) }, contentScript(7));
    expect((await ticketTabsItem.get())[7]?.firstSeenAt).toBe(Date.parse('2026-11-26T09:00:00Z'));
    vi.setSystemTime(Date.parse('2026-11-26T09:07:00Z'));
    await deliver({ name: 'pageRead', payload: ticketReading({ ticketId: '4519' }) }, contentScript(7));
    expect((await ticketTabsItem.get())[7]?.firstSeenAt).toBe(Date.parse('2026-11-26T09:07:00Z'));
    vi.useRealTimers();
  });

  test("the helpdesk API's times stay with the tab while it shows the same ticket", async () => {
    await deliver({ name: 'pageRead', payload: ticketReading() }, contentScript(7));
    const helpdeskTimes = {
      checkedAt: Date.now(),
      checkedFor: 'open',
      times: { createdAt: '2026-11-26T08:12:00.000Z' },
    };
    await ticketTabsItem.update((tabs) => ({ 7: { ...tabs[7]!, helpdeskTimes } }));
    await deliver({ name: 'pageRead', payload: ticketReading({ status: 'pending' }) }, contentScript(7));
    expect((await ticketTabsItem.get())[7]?.helpdeskTimes).toEqual(helpdeskTimes);
    await deliver({ name: 'pageRead', payload: ticketReading({ ticketId: '4519' }) }, contentScript(7));
    expect((await ticketTabsItem.get())[7]?.helpdeskTimes).toBeUndefined();
  });

  test('each reading is handed on for the customer history, saying whether the tab has just come to it', async () => {
    await deliver({ name: 'pageRead', payload: ticketReading() }, contentScript(7));
    expect(onTicketRead).toHaveBeenCalledWith(ticketReading(), expect.any(Number), { newTicket: true });
    await deliver({ name: 'pageRead', payload: ticketReading({ status: 'pending' }) }, contentScript(7));
    expect(onTicketRead).toHaveBeenLastCalledWith(ticketReading({ status: 'pending' }), expect.any(Number), {
      newTicket: false,
    });
  });

  test("the fields a pack's override read stay with the reading, for the panel to say so", async () => {
    const reading = { ...ticketReading(), overrides: [{ field: 'priority', packName: 'Northwind Support' }] };
    await deliver({ name: 'pageRead', payload: reading }, contentScript(7));
    expect((await ticketTabsItem.get())[7]?.reading).toEqual(reading);
  });

  test('readings from two tabs arriving together are both kept', async () => {
    await Promise.all([
      deliver({ name: 'pageRead', payload: ticketReading() }, contentScript(7)),
      deliver({ name: 'pageRead', payload: ticketReading({ ticketId: '4519' }) }, contentScript(8)),
    ]);
    expect(Object.keys(await ticketTabsItem.get()).sort()).toEqual(['7', '8']);
  });

  test.each([
    [
      'another extension',
      { name: 'pageRead', payload: ticketReading() },
      contentScript(7, { id: 'someone-else' }),
    ],
    ['a sub-frame', { name: 'pageRead', payload: ticketReading() }, contentScript(7, { frameId: 3 })],
    [
      'a page that is no helpdesk',
      { name: 'pageRead', payload: ticketReading() },
      contentScript(7, { url: 'https://example.com/' }),
    ],
    ['an unknown message', { name: 'deleteEverything', payload: {} }, contentScript(7)],
    [
      'a snapshot with a bad channel',
      { name: 'pageRead', payload: { kind: 'ticket', snapshot: { ...makeTicket(), channel: 'fax' } } },
      contentScript(7),
    ],
    [
      'a snapshot with an oversized subject',
      { name: 'pageRead', payload: ticketReading({ subject: 'x'.repeat(10_000) }) },
      contentScript(7),
    ],
    ['no envelope at all', 'pageRead', contentScript(7)],
  ])('drops a message from %s and says why', async (_case, message, sender) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await deliver(message, sender);
    expect(await ticketTabsItem.get()).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('messages from extension pages', () => {
  const extensionPage: Browser.runtime.MessageSender = {
    id: fakeBrowser.runtime.id,
    url: `chrome-extension://${fakeBrowser.runtime.id}/options.html`,
  };

  test('reach the page handlers', async () => {
    await deliver({ name: 'checkPacksNow', payload: {} }, extensionPage);
    expect(pageHandlers.checkPacksNow).toHaveBeenCalledOnce();
  });

  test('also from an extension page shown in a tab (the popped-out panel, the options tab)', async () => {
    const poppedOutPanel = {
      ...extensionPage,
      url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html?window=1`,
      tab: contentScript(9).tab,
    };
    await deliver({ name: 'checkPacksNow', payload: {} }, poppedOutPanel);
    expect(pageHandlers.checkPacksNow).toHaveBeenCalledOnce();
  });

  test('"Report this page" reaches its handler with the tab to examine', async () => {
    await deliver({ name: 'reportPage', payload: { tabId: 7 } }, extensionPage);
    expect(pageHandlers.reportPage).toHaveBeenCalledWith({ tabId: 7 }, undefined);
  });

  test('a content script cannot send them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await deliver({ name: 'checkPacksNow', payload: {} }, contentScript(7));
    await deliver({ name: 'reportPage', payload: { tabId: 7 } }, contentScript(7));
    expect(pageHandlers.checkPacksNow).not.toHaveBeenCalled();
    expect(pageHandlers.reportPage).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(
      'Touchpoint: dropped a malformed message:',
      'unknown message "checkPacksNow"',
    );
  });

  test('and an extension page cannot pose as a helpdesk page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await deliver({ name: 'pageRead', payload: ticketReading() }, extensionPage);
    expect(await ticketTabsItem.get()).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('tabs and windows', () => {
  test('follows the active tab of each window', async () => {
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 7, windowId: 1 });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 12, windowId: 2 });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 1 });
    await vi.waitFor(async () => expect(await activeTabsItem.get()).toEqual({ 1: 9, 2: 12 }));
  });

  test('forgets a closed tab', async () => {
    await deliver({ name: 'pageRead', payload: ticketReading() }, contentScript(7));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await ticketTabsItem.get()).toEqual({}));
  });

  test.each([
    ['navigates to another site', { status: 'loading' as const }, undefined, {}],
    ['reloads its helpdesk page', { status: 'loading' as const }, zendeskUrl, { 7: expect.anything() }],
    [
      'moves within the helpdesk',
      { url: 'https://northwind.zendesk.com/agent/filters/360001' },
      'https://northwind.zendesk.com/agent/filters/360001',
      { 7: expect.anything() },
    ],
  ])('a tab that %s', async (_case, change, url, expected) => {
    await deliver({ name: 'pageRead', payload: ticketReading() }, contentScript(7));
    await fakeBrowser.tabs.onUpdated.trigger(7, change, { ...contentScript(7).tab!, url });
    await vi.waitFor(async () => expect(await ticketTabsItem.get()).toEqual(expected));
  });

  test('forgets the active tab of a closed window', async () => {
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 7, windowId: 1 });
    await fakeBrowser.windows.onRemoved.trigger(1);
    await vi.waitFor(async () => expect(await activeTabsItem.get()).toEqual({}));
  });
});
