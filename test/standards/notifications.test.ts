/**
 * Desktop notifications for deadlines, on Northwind's New York desk (09:00–17:00 EST,
 * 14:00Z–22:00Z), Monday 30 November 2026.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { TicketTab } from '../../lib/hub/ticket-tabs';
import { openDeadlines, type TicketDeadline } from '../../lib/standards/deadlines';
import {
  deadlineNoticesItem,
  focusNotifiedTab,
  noticeText,
  notifyDeadlines,
} from '../../lib/standards/notifications';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { newYorkDesk, northwindStandards } from '../builders/standards';
import { ticketReading } from '../builders/ticket';

const content = { standards: northwindStandards, calendars: [newYorkDesk] };

function ticketTab(overrides: Partial<TicketSnapshot>, firstSeenAt = '2026-11-30T14:00:00Z'): TicketTab {
  return {
    windowId: 1,
    reading: ticketReading(overrides),
    seenAt: Date.parse(firstSeenAt),
    firstSeenAt: Date.parse(firstSeenAt),
  };
}

const noReplyYet = { lastAgentReplyAt: undefined, lastCustomerMessageAt: undefined };

/** First reply within 2 business hours, warned 30 min ahead: due 16:30Z. */
const highPriorityEmail = ticketTab({ ...noReplyYet, priority: 'high', createdAt: '2026-11-30T14:30:00Z' });

function deadlinesAt(tabs: Record<string, TicketTab>, now: string): TicketDeadline[] {
  return openDeadlines(tabs, content, Date.parse(now));
}

function nearestAt(ticket: TicketTab, now: string): TicketDeadline {
  const [deadline] = deadlinesAt({ 7: ticket }, now);
  if (!deadline) throw new Error('no deadline');
  return deadline;
}

function notifyAt(tabs: Record<string, TicketTab>, now: string): Promise<string[]> {
  return notifyDeadlines(deadlinesAt(tabs, now), Date.parse(now));
}

function shownTitles(): string[] {
  return Object.values(fakeBrowser.notifications.getAllCreateOptions()).map((options) => options.title);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('noticeText', () => {
  test.each<[string, TicketTab, string, { title: string; message: string }]>([
    [
      'entering the warning',
      highPriorityEmail,
      '2026-11-30T16:00:00Z',
      {
        title: 'Due soon: first reply for Zendesk #4512',
        message: 'Refund for double charge on November invoice — 30 min left',
      },
    ],
    [
      'breached',
      highPriorityEmail,
      '2026-11-30T16:33:00Z',
      {
        title: 'Breached: first reply for Zendesk #4512',
        message: 'Refund for double charge on November invoice — breached 3 min ago',
      },
    ],
    [
      'a Salesforce case timed from first sight',
      ticketTab(
        {
          ...noReplyYet,
          helpdesk: 'salesforce',
          ticketId: '00104217',
          url: 'https://northwind.lightning.force.com/lightning/r/Case/500Hs00001XyZabIAF/view',
          channel: 'web',
          priority: 'normal',
          createdAt: undefined,
          subject: 'Router keeps dropping the connection every evening',
        },
        '2026-11-30T15:00:00Z',
      ),
      '2026-12-01T14:10:00Z',
      {
        title: 'Due soon: first reply for Salesforce Case 00104217',
        message:
          'Router keeps dropping the connection every evening — 50 min left (approximate: timed from when Touchpoint first saw the ticket)',
      },
    ],
    [
      'a long subject is shortened',
      ticketTab({
        ...noReplyYet,
        priority: 'high',
        createdAt: '2026-11-30T14:30:00Z',
        subject:
          'Refund for double charge on November invoice, and the October one as well, plus a question about the new tariff',
      }),
      '2026-11-30T16:18:00Z',
      {
        title: 'Due soon: first reply for Zendesk #4512',
        message:
          'Refund for double charge on November invoice, and the October one as well, plus… — 12 min left',
      },
    ],
  ])('%s', (_name, ticket, now, expected) => {
    const { ticket: about, countdown } = nearestAt(ticket, now);
    const state = countdown.state === 'breached' ? 'breached' : 'warning';
    expect(noticeText(about, countdown, state)).toEqual(expected);
  });
});

describe('notifyDeadlines', () => {
  test('nothing while on track', async () => {
    expect(await notifyAt({ 7: highPriorityEmail }, '2026-11-30T15:59:59Z')).toEqual([]);
  });

  test('one notification at the warning and one at the breach, never twice for either', async () => {
    expect(await notifyAt({ 7: highPriorityEmail }, '2026-11-30T16:00:00Z')).toHaveLength(1);
    expect(await notifyAt({ 7: highPriorityEmail }, '2026-11-30T16:01:00Z')).toEqual([]);
    expect(await notifyAt({ 7: highPriorityEmail }, '2026-11-30T16:30:00Z')).toHaveLength(1);
    expect(await notifyAt({ 7: highPriorityEmail }, '2026-11-30T16:45:00Z')).toEqual([]);
    expect(shownTitles()).toEqual([
      'Due soon: first reply for Zendesk #4512',
      'Breached: first reply for Zendesk #4512',
    ]);
  });

  test('a deadline first seen already breached skips the warning', async () => {
    await notifyAt({ 7: highPriorityEmail }, '2026-11-30T17:00:00Z');
    expect(shownTitles()).toEqual(['Breached: first reply for Zendesk #4512']);
  });

  test('the same ticket open in two tabs is notified once', async () => {
    await notifyAt({ 7: highPriorityEmail, 9: highPriorityEmail }, '2026-11-30T16:00:00Z');
    expect(shownTitles()).toHaveLength(1);
  });

  test('each cycle of a recurring next reply warns again', async () => {
    const firstCycle = ticketTab({
      ticketId: '4488',
      priority: 'normal',
      createdAt: '2026-11-30T13:00:00Z',
      lastAgentReplyAt: '2026-11-30T14:00:00Z',
      lastCustomerMessageAt: '2026-11-30T14:30:00Z',
    });
    // Replied at 13:10 EST; the customer wrote back at 13:20, so the next reply is due Tue 09:20.
    const secondCycle = ticketTab({
      ticketId: '4488',
      priority: 'normal',
      createdAt: '2026-11-30T13:00:00Z',
      lastAgentReplyAt: '2026-11-30T18:10:00Z',
      lastCustomerMessageAt: '2026-11-30T18:20:00Z',
    });
    expect(await notifyAt({ 7: firstCycle }, '2026-11-30T18:00:00Z')).toHaveLength(1);
    expect(await notifyAt({ 7: secondCycle }, '2026-11-30T21:49:00Z')).toEqual([]);
    expect(await notifyAt({ 7: secondCycle }, '2026-11-30T21:50:00Z')).toHaveLength(1);
    expect(shownTitles()).toEqual([
      'Due soon: next reply for Zendesk #4488',
      'Due soon: next reply for Zendesk #4488',
    ]);
  });

  test('a closed ticket’s notices are kept 12 hours, so reopening it stays quiet', async () => {
    await notifyAt({ 7: highPriorityEmail }, '2026-11-30T16:00:00Z');
    await notifyAt({}, '2026-12-01T03:59:59Z');
    expect(Object.keys(await deadlineNoticesItem.get())).toHaveLength(1);
    await notifyAt({}, '2026-12-01T04:00:00Z');
    expect(await deadlineNoticesItem.get()).toEqual({});
  });
});

describe('focusNotifiedTab', () => {
  test('brings the ticket’s tab and its window to the front, and closes the notification', async () => {
    const helpdeskWindow = await fakeBrowser.windows.create({ focused: false });
    const windowId = helpdeskWindow?.id;
    const tab = await fakeBrowser.tabs.create({
      windowId,
      url: 'https://northwind.zendesk.com/agent/tickets/4512',
    });
    const focusWindow = vi.spyOn(fakeBrowser.windows, 'update');
    const tabId = tab.id ?? -1;
    const [id] = await notifyAt({ [tabId]: highPriorityEmail }, '2026-11-30T16:00:00Z');

    await focusNotifiedTab(id ?? '');

    expect((await fakeBrowser.tabs.get(tabId)).active).toBe(true);
    // WXT's fake windows do not keep focus, so the call itself is what can be checked.
    expect(focusWindow).toHaveBeenCalledWith(windowId, { focused: true });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  test('a tab closed since is reported, not thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const [id] = await notifyAt({ 41: highPriorityEmail }, '2026-11-30T16:00:00Z');
    await expect(focusNotifiedTab(id ?? '')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      'Touchpoint: the tab of that deadline is no longer open:',
      expect.any(Error),
    );
  });

  test('leaves other notifications alone', async () => {
    await fakeBrowser.notifications.create('touchpoint-pack-update', {
      type: 'basic',
      iconUrl: 'icon/128.png',
      title: 'Northwind Billing updated',
      message: 'Version 4',
    });
    await focusNotifiedTab('touchpoint-pack-update');
    expect(shownTitles()).toEqual(['Northwind Billing updated']);
  });
});
