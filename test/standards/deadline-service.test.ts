/**
 * The deadline service as the browser runs it: woken by alarms and storage changes, and stopped
 * in between (a fresh copy of every module, with the same storage, alarms and notifications).
 * Northwind's New York desk (09:00–17:00 EST, 14:00Z–22:00Z), Monday 30 November 2026.
 */
import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { openActivity } from '../../lib/activity/activity-db';
import { standardOutcomes } from '../../lib/activity/outcome-recorder';
import { ticketTabsItem, type TicketTab } from '../../lib/hub/ticket-tabs';
import { installedPacksItem, type InstalledPack } from '../../lib/packs/installed-packs';
import { packSchema } from '../../lib/packs/pack-schema';
import { makePackInput } from '../builders/pack';
import { newYorkDesk, northwindStandards } from '../builders/standards';
import { ticketReading } from '../builders/ticket';

const northwindPack: InstalledPack = {
  pack: packSchema.parse(makePackInput({ calendars: [newYorkDesk], standards: northwindStandards })),
  source: { kind: 'url', url: 'https://packs.northwind.example/support/pack.json' },
  installedAt: Date.parse('2026-11-20T09:30:00Z'),
};

/** First reply within 2 business hours, warned 30 min ahead: asked 14:30Z, warning 16:00Z, due 16:30Z. */
const highPriorityEmail: TicketTab = {
  windowId: 1,
  reading: ticketReading({
    priority: 'high',
    createdAt: '2026-11-30T14:30:00Z',
    lastAgentReplyAt: undefined,
    lastCustomerMessageAt: undefined,
  }),
  seenAt: Date.parse('2026-11-30T14:31:00Z'),
  firstSeenAt: Date.parse('2026-11-30T14:31:00Z'),
};

function at(instant: string): void {
  vi.setSystemTime(Date.parse(instant));
}

/** A service worker starting: fresh modules, so nothing survives in memory from a previous one. */
async function startWorker(): Promise<void> {
  vi.resetModules();
  const service = await import('../../lib/standards/deadline-service');
  service.startDeadlineService();
  // Queued behind the start-up run, so this settles once that run has.
  await service.refreshDeadlines();
}

/** The browser stopping an idle worker: its listeners go; storage, alarms and notifications stay. */
function stopWorker(): void {
  fakeBrowser.storage.onChanged.removeAllListeners();
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.notifications.onClicked.removeAllListeners();
}

async function fire(name: string): Promise<void> {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now() });
}

async function scheduledAt(name: string): Promise<string | undefined> {
  const alarm = await fakeBrowser.alarms.get(name);
  return alarm && new Date(alarm.scheduledTime).toISOString();
}

async function badge() {
  return { text: await fakeBrowser.action.getBadgeText({}), title: await fakeBrowser.action.getTitle({}) };
}

function shownTitles(): string[] {
  return Object.values(fakeBrowser.notifications.getAllCreateOptions()).map((options) => options.title);
}

beforeEach(async () => {
  fakeBrowser.reset();
  // Open connections from earlier workers close themselves when asked (versionchange).
  await new Promise((resolve) => {
    indexedDB.deleteDatabase('touchpoint-activity').onsuccess = resolve;
  });
  await installedPacksItem.update(() => ({ [northwindPack.pack.id]: northwindPack }));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('alarms', () => {
  test('one at the next change of state, and a minute tick for the badge', async () => {
    at('2026-11-30T15:50:00Z');
    await ticketTabsItem.update(() => ({ 7: highPriorityEmail }));
    await startWorker();
    expect(await scheduledAt('touchpoint-deadline')).toBe('2026-11-30T16:00:00.000Z');
    expect(await fakeBrowser.alarms.get('touchpoint-deadline-tick')).toMatchObject({ periodInMinutes: 1 });
    expect(await badge()).toEqual({
      text: '40m',
      title: 'Touchpoint: First reply for Zendesk #4512 due in 40 min',
    });
  });

  test('the minute tick is created once, not pushed back by every run', async () => {
    at('2026-11-30T15:50:00Z');
    await ticketTabsItem.update(() => ({ 7: highPriorityEmail }));
    await startWorker();
    at('2026-11-30T15:50:40Z');
    await fire('touchpoint-deadline-tick');
    expect(await scheduledAt('touchpoint-deadline-tick')).toBe('2026-11-30T15:50:00.000Z');
  });

  test('with no deadline left, both alarms are cleared and the badge emptied', async () => {
    at('2026-11-30T15:50:00Z');
    await ticketTabsItem.update(() => ({ 7: highPriorityEmail }));
    await startWorker();
    await ticketTabsItem.update(() => ({}));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await badge()).toEqual({ text: '', title: 'Open Touchpoint' });
  });

  test('after a breach, only the tick is left', async () => {
    at('2026-11-30T16:45:00Z');
    await ticketTabsItem.update(() => ({ 7: highPriorityEmail }));
    await startWorker();
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual([
      'touchpoint-deadline-tick',
    ]);
    expect((await badge()).text).toBe('-15m');
  });
});

describe('with the worker stopped between alarms', () => {
  test('notifies the warning and the breach once each, across restarts', async () => {
    at('2026-11-30T15:50:00Z');
    await ticketTabsItem.update(() => ({ 7: highPriorityEmail }));
    await startWorker();
    expect(shownTitles()).toEqual([]);

    at('2026-11-30T16:00:00Z');
    await fire('touchpoint-deadline');
    expect(shownTitles()).toEqual(['Due soon: first reply for Zendesk #4512']);
    expect(await scheduledAt('touchpoint-deadline')).toBe('2026-11-30T16:30:00.000Z');
    expect((await badge()).text).toBe('30m');

    stopWorker();
    await fakeBrowser.notifications.clear(
      Object.keys(fakeBrowser.notifications.getAllCreateOptions())[0] ?? '',
    );
    at('2026-11-30T16:05:00Z');
    await startWorker();
    await fire('touchpoint-deadline-tick');
    expect(shownTitles()).toEqual([]);
    expect((await badge()).text).toBe('25m');

    stopWorker();
    at('2026-11-30T16:30:00Z');
    await startWorker();
    await fire('touchpoint-deadline');
    expect(shownTitles()).toEqual(['Breached: first reply for Zendesk #4512']);
    expect(await badge()).toEqual({
      text: '-1m',
      title: 'Touchpoint: First reply for Zendesk #4512 breached 0 s ago',
    });
  });
});

describe('recomputing on storage changes', () => {
  test('a ticket tab read by the hub', async () => {
    at('2026-11-30T16:10:00Z');
    await startWorker();
    expect((await badge()).text).toBe('');
    await ticketTabsItem.update(() => ({ 7: highPriorityEmail }));
    expect((await badge()).text).toBe('20m');
    expect(shownTitles()).toEqual(['Due soon: first reply for Zendesk #4512']);
  });

  test('a pack installed or removed', async () => {
    at('2026-11-30T16:10:00Z');
    await installedPacksItem.update(() => ({}));
    await ticketTabsItem.update(() => ({ 7: highPriorityEmail }));
    await startWorker();
    expect((await badge()).text).toBe('');
    await installedPacksItem.update(() => ({ [northwindPack.pack.id]: northwindPack }));
    expect((await badge()).text).toBe('20m');
    await installedPacksItem.update(() => ({}));
    expect((await badge()).text).toBe('');
  });
});

test('clicking a deadline notification brings its tab forward', async () => {
  const tab = await fakeBrowser.tabs.create({ url: 'https://northwind.zendesk.com/agent/tickets/4512' });
  const tabId = tab.id ?? -1;
  at('2026-11-30T16:10:00Z');
  await ticketTabsItem.update(() => ({ [tabId]: highPriorityEmail }));
  await startWorker();
  const [notificationId] = Object.keys(fakeBrowser.notifications.getAllCreateOptions());
  await fakeBrowser.notifications.onClicked.trigger(notificationId ?? '');
  expect((await fakeBrowser.tabs.get(tabId)).active).toBe(true);
});

describe('outcomes', () => {
  test('a breach is recorded when the alarm fires, with the worker stopped before', async () => {
    at('2026-11-30T16:00:00Z');
    await ticketTabsItem.update(() => ({ 7: highPriorityEmail }));
    await startWorker();
    stopWorker();
    at('2026-11-30T16:30:00Z');
    await startWorker();
    await fire('touchpoint-deadline');
    const db = await openActivity();
    expect(await standardOutcomes(db)).toMatchObject([
      { ticketId: '4512', metric: 'first_reply', outcome: 'breached', breachedByMs: 0 },
    ]);
    db.close();
  });
});
