/**
 * The toolbar badge at its thresholds. Tickets on Northwind's New York desk (09:00–17:00 EST,
 * 14:00Z–22:00Z); the service incident is counted in calendar time.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { TicketTab } from '../../lib/hub/ticket-tabs';
import { applyBadge, badgeFor, badgeTimeText, type Badge } from '../../lib/standards/badge';
import { openDeadlines } from '../../lib/standards/deadlines';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { newYorkDesk, northwindStandards } from '../builders/standards';
import { ticketReading } from '../builders/ticket';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

function unansweredTab(overrides: Partial<TicketSnapshot>): TicketTab {
  return {
    windowId: 1,
    reading: ticketReading({ lastAgentReplyAt: undefined, lastCustomerMessageAt: undefined, ...overrides }),
    seenAt: Date.parse(overrides.createdAt ?? '2026-11-30T14:00:00Z'),
    firstSeenAt: Date.parse(overrides.createdAt ?? '2026-11-30T14:00:00Z'),
  };
}

/** First reply within 30 min of 15:40Z, on the wall clock: due 16:10Z, warned 7 min 30 s ahead. */
const outage = unansweredTab({
  ticketId: '4520',
  priority: 'normal',
  tags: ['outage'],
  createdAt: '2026-11-30T15:40:00Z',
});

/** First reply within 2 business hours, warned 30 min ahead: asked 14:30Z, due 16:30Z. */
const highPriorityEmail = unansweredTab({ priority: 'high', createdAt: '2026-11-30T14:30:00Z' });

/** Asked Friday 16:00 EST: 1 h on Friday, 1 h on Monday, due Monday 10:00 (15:00Z). */
const askedFridayAfternoon = unansweredTab({
  ticketId: '4467',
  priority: 'high',
  createdAt: '2026-11-27T21:00:00Z',
});

function badgeAt(ticketTab: TicketTab, now: string): Badge {
  const deadlines = openDeadlines(
    { 7: ticketTab },
    { standards: northwindStandards, calendars: [newYorkDesk] },
    Date.parse(now),
  );
  return badgeFor(deadlines);
}

const green = { color: '#1B7F3B', textColor: '#FFFFFF' };
const amber = { color: '#F5B700', textColor: '#1A1A1A' };
const red = { color: '#C62828', textColor: '#FFFFFF' };

describe('badgeTimeText', () => {
  test.each<[number, string]>([
    [3 * day + 5 * hour, '3d'],
    [day, '1d'],
    [day - 1, '23h'],
    [2 * hour + 59 * minute, '2h'],
    [hour, '1h'],
    [hour - 1, '59m'],
    [45 * minute, '45m'],
    [minute, '1m'],
    [minute - 1, '<1m'],
    [1, '<1m'],
    [0, '-1m'],
    [-30_000, '-1m'],
    [-15 * minute, '-15m'],
    [-(15 * minute + 59_000), '-15m'],
    [-2 * hour, '-2h'],
    [-3 * day, '-3d'],
  ])('%i ms → %s', (ms, text) => {
    expect(badgeTimeText(ms)).toBe(text);
  });
});

describe('badgeFor', () => {
  test.each<[string, TicketTab, string, Badge]>([
    [
      'more than 15 min left: green',
      outage,
      '2026-11-30T15:54:59Z',
      { text: '15m', ...green, title: 'Touchpoint: First reply for Zendesk #4520 due in 15 min' },
    ],
    [
      'exactly 15 min left: amber, before the target’s own warning',
      outage,
      '2026-11-30T15:55:00Z',
      { text: '15m', ...amber, title: 'Touchpoint: First reply for Zendesk #4520 due soon, in 15 min' },
    ],
    [
      'under a minute left',
      outage,
      '2026-11-30T16:09:30Z',
      { text: '<1m', ...amber, title: 'Touchpoint: First reply for Zendesk #4520 due soon, in 30 s' },
    ],
    [
      'at the due instant: breached',
      outage,
      '2026-11-30T16:10:00Z',
      { text: '-1m', ...red, title: 'Touchpoint: First reply for Zendesk #4520 breached 0 s ago' },
    ],
    [
      'breached for 15 min',
      outage,
      '2026-11-30T16:25:00Z',
      { text: '-15m', ...red, title: 'Touchpoint: First reply for Zendesk #4520 breached 15 min ago' },
    ],
    [
      'a second before a 30-min warning: green',
      highPriorityEmail,
      '2026-11-30T15:59:59Z',
      { text: '30m', ...green, title: 'Touchpoint: First reply for Zendesk #4512 due in 30 min' },
    ],
    [
      'inside a 30-min warning: amber with more than 15 min left',
      highPriorityEmail,
      '2026-11-30T16:00:00Z',
      { text: '30m', ...amber, title: 'Touchpoint: First reply for Zendesk #4512 due soon, in 30 min' },
    ],
    [
      'over the weekend: calendar time to Monday, as Zendesk counts',
      askedFridayAfternoon,
      '2026-11-27T23:00:00Z',
      {
        text: '2d',
        ...green,
        title: 'Touchpoint: First reply for Zendesk #4467 due in 2 d 16 h (clock paused)',
      },
    ],
  ])('%s', (_name, ticketTab, now, expected) => {
    expect(badgeAt(ticketTab, now)).toEqual(expected);
  });

  test('no deadline: no text, and the button keeps its own title', () => {
    expect(badgeFor([])).toEqual({ text: '', ...green, title: 'Open Touchpoint' });
  });

  test('the nearest deadline of all tabs is shown', () => {
    const deadlines = openDeadlines(
      { 3: highPriorityEmail, 4: outage },
      { standards: northwindStandards, calendars: [newYorkDesk] },
      Date.parse('2026-11-30T16:00:00Z'),
    );
    expect(badgeFor(deadlines).text).toBe('10m');
  });
});

describe('applyBadge', () => {
  const badge: Badge = {
    text: '12m',
    ...amber,
    title: 'Touchpoint: First reply for Zendesk #4512 due soon, in 12 min',
  };
  const { action: chromeAction, browserAction: firefoxAction } = fakeBrowser;

  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    Object.assign(fakeBrowser, { action: chromeAction, browserAction: firefoxAction });
  });

  async function shownOn(button: typeof fakeBrowser.action) {
    return {
      text: await button.getBadgeText({}),
      color: await button.getBadgeBackgroundColor({}),
      textColor: await button.getBadgeTextColor({}),
      title: await button.getTitle({}),
    };
  }

  const shown = {
    text: '12m',
    color: [0xf5, 0xb7, 0x00, 0xff],
    textColor: '#1A1A1A',
    title: 'Touchpoint: First reply for Zendesk #4512 due soon, in 12 min',
  };

  test('sets the toolbar button’s badge and title', async () => {
    await applyBadge(badge);
    expect(await shownOn(chromeAction)).toEqual(shown);
  });

  test('uses browserAction where there is no action (Firefox, Manifest V2)', async () => {
    Object.assign(fakeBrowser, { action: undefined, browserAction: chromeAction });
    await applyBadge(badge);
    expect(await shownOn(chromeAction)).toEqual(shown);
  });
});
