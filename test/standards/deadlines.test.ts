/**
 * Deadlines across open ticket tabs, on Northwind's New York desk (weekdays 09:00–17:00 EST, so
 * 14:00Z–22:00Z from November). Monday 30 November 2026; instants worked out by hand.
 */
import { describe, expect, test } from 'vitest';

import type { TicketTab } from '../../lib/hub/ticket-tabs';
import { nextAlarmAt, openDeadlines, type TicketDeadline } from '../../lib/standards/deadlines';
import type { PageReading } from '../../lib/ticket/page-reading';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { newYorkDesk, northwindStandards } from '../builders/standards';
import { ticketReading } from '../builders/ticket';

const content = { standards: northwindStandards, calendars: [newYorkDesk] };

function tab(reading: PageReading, firstSeenAt = '2026-11-30T14:00:00Z'): TicketTab {
  return {
    windowId: 1,
    reading,
    seenAt: Date.parse('2026-11-30T14:05:00Z'),
    firstSeenAt: Date.parse(firstSeenAt),
  };
}

/** An email nobody has answered yet; override what the case is about. */
function unanswered(overrides: Partial<TicketSnapshot>): PageReading {
  return ticketReading({ lastAgentReplyAt: undefined, lastCustomerMessageAt: undefined, ...overrides });
}

/** Email-web, high: first reply within 2 business hours, warned 30 min ahead. Asked 09:30, due 11:30 (16:30Z). */
const highPriorityEmail = tab(unanswered({ priority: 'high', createdAt: '2026-11-30T14:30:00Z' }));

/** Email-web, urgent: first reply within 1 h (due 15:00Z), resolution within 8 business hours (due Tue 09:00). */
const urgentEmail = tab(
  unanswered({
    ticketId: '4498',
    subject: 'Cannot log in after password reset',
    priority: 'urgent',
    createdAt: '2026-11-30T14:00:00Z',
  }),
);

/** Service incident, counted in calendar hours: first reply within 30 min, warned a quarter ahead. */
const outage = tab(
  unanswered({
    ticketId: '4520',
    subject: 'Checkout page returns 502',
    priority: 'normal',
    tags: ['outage'],
    createdAt: '2026-11-30T15:40:00Z',
  }),
);

const answered = tab(
  ticketReading({
    ticketId: '4471',
    priority: 'normal',
    createdAt: '2026-11-30T13:00:00Z',
    lastCustomerMessageAt: '2026-11-30T13:00:00Z',
    lastAgentReplyAt: '2026-11-30T14:20:00Z',
  }),
);

const chat = tab(
  unanswered({ ticketId: '4530', channel: 'chat', tags: [], createdAt: '2026-11-30T15:00:00Z' }),
);

const socialMention = tab(
  unanswered({ ticketId: '4533', channel: 'social', tags: [], createdAt: '2026-11-30T12:00:00Z' }),
);

/** A web form whose page shows no creation time: timed from first sight, Monday 10:00, so due Tue 10:00 (15:00Z). */
const webFormWithoutTimes = tab(
  unanswered({ ticketId: '4541', channel: 'web', priority: 'normal', createdAt: undefined }),
  '2026-11-30T15:00:00Z',
);

/** The same page, with the creation instant read from the helpdesk's API (09:30 EST): exact, due Tue 09:30. */
const webFormWithApiTimes: TicketTab = {
  ...webFormWithoutTimes,
  helpdeskTimes: {
    checkedAt: Date.parse('2026-11-30T15:00:05Z'),
    checkedFor: 'open',
    times: { createdAt: '2026-11-30T14:30:00.000Z' },
  },
};

/** Asked 16:30, half an hour before closing: 30 min on Monday, 1 h 30 min on Tuesday, due Tue 10:30 (15:30Z). */
const askedBeforeClosing = tab(unanswered({ priority: 'high', createdAt: '2026-11-30T21:30:00Z' }));

/** Asked 15:00: the 2 h run out exactly at closing, so due at Tuesday's opening; the warning comes at 16:30 Monday. */
const askedTwoHoursBeforeClosing = tab(unanswered({ priority: 'high', createdAt: '2026-11-30T20:00:00Z' }));

const viewPage = tab({ kind: 'no-ticket', helpdesk: 'zendesk', helpdeskName: 'Zendesk' });

function summary(deadline: TicketDeadline | undefined) {
  if (!deadline) return undefined;
  const { countdown } = deadline;
  return {
    tabId: deadline.tabId,
    metric: countdown.metric,
    state: countdown.state,
    dueAt: countdown.dueAt,
    warningAt: new Date(countdown.warningAt).toISOString(),
    approximate: countdown.approximate,
    ...(countdown.pausedUntil === undefined ? {} : { pausedUntil: countdown.pausedUntil }),
  };
}

describe('openDeadlines, one ticket tab at a time', () => {
  test.each<[string, TicketTab, string, ReturnType<typeof summary>]>([
    [
      'a first reply at exactly its warning threshold',
      highPriorityEmail,
      '2026-11-30T16:00:00Z',
      {
        tabId: 7,
        metric: 'first_reply',
        state: 'warning',
        dueAt: '2026-11-30T16:30:00.000Z',
        warningAt: '2026-11-30T16:00:00.000Z',
        approximate: false,
      },
    ],
    [
      'a breached first reply comes before the resolution still running behind it',
      urgentEmail,
      '2026-11-30T16:00:00Z',
      {
        tabId: 7,
        metric: 'first_reply',
        state: 'breached',
        dueAt: '2026-11-30T15:00:00.000Z',
        warningAt: '2026-11-30T14:45:00.000Z',
        approximate: false,
      },
    ],
    [
      'a calendar-hours standard warns a plain quarter of its target ahead',
      outage,
      '2026-11-30T16:00:00Z',
      {
        tabId: 7,
        metric: 'first_reply',
        state: 'on-track',
        dueAt: '2026-11-30T16:10:00.000Z',
        warningAt: '2026-11-30T16:02:30.000Z',
        approximate: false,
      },
    ],
    [
      'paused outside hours: the warning and the due instant are on Tuesday',
      askedBeforeClosing,
      '2026-11-30T23:00:00Z',
      {
        tabId: 7,
        metric: 'first_reply',
        state: 'paused',
        dueAt: '2026-12-01T15:30:00.000Z',
        warningAt: '2026-12-01T15:00:00.000Z',
        approximate: false,
        pausedUntil: '2026-12-01T14:00:00.000Z',
      },
    ],
    [
      'a warning that starts before closing for a deadline after the next opening',
      askedTwoHoursBeforeClosing,
      '2026-11-30T21:00:00Z',
      {
        tabId: 7,
        metric: 'first_reply',
        state: 'on-track',
        dueAt: '2026-12-01T14:00:00.000Z',
        warningAt: '2026-11-30T21:30:00.000Z',
        approximate: false,
      },
    ],
    [
      'a page without the creation time is timed from first sight, and says so',
      webFormWithoutTimes,
      '2026-11-30T16:00:00Z',
      {
        tabId: 7,
        metric: 'first_reply',
        state: 'on-track',
        dueAt: '2026-12-01T15:00:00.000Z',
        warningAt: '2026-12-01T14:00:00.000Z',
        approximate: true,
      },
    ],
    [
      "with the helpdesk API's creation time the same page is timed exactly",
      webFormWithApiTimes,
      '2026-11-30T16:00:00Z',
      {
        tabId: 7,
        metric: 'first_reply',
        state: 'on-track',
        dueAt: '2026-12-01T14:30:00.000Z',
        // Due half an hour after Tuesday's opening: the hour's warning starts at 16:30 on Monday.
        warningAt: '2026-11-30T21:30:00.000Z',
        approximate: false,
      },
    ],
    ['a met first reply leaves no deadline', answered, '2026-11-30T16:00:00Z', undefined],
    ['no standard applies to a chat', chat, '2026-11-30T16:00:00Z', undefined],
    ['a discretion standard never has a deadline', socialMention, '2026-11-30T16:00:00Z', undefined],
    ['a helpdesk view is not a ticket', viewPage, '2026-11-30T16:00:00Z', undefined],
  ])('%s', (_name, ticketTab, now, expected) => {
    const deadlines = openDeadlines({ 7: ticketTab }, content, Date.parse(now));
    expect(deadlines).toHaveLength(expected ? 1 : 0);
    expect(summary(deadlines[0])).toEqual(expected);
  });
});

describe('openDeadlines across tabs', () => {
  const tabs = {
    11: highPriorityEmail,
    12: urgentEmail,
    13: outage,
    14: answered,
    15: chat,
    16: socialMention,
    17: webFormWithoutTimes,
    18: viewPage,
  };

  test('lists the tickets with a deadline, the longest breached first, then by calendar time to the due instant', () => {
    const deadlines = openDeadlines(tabs, content, Date.parse('2026-11-30T16:00:00Z'));
    expect(
      deadlines.map(({ tabId, ticket, countdown }) => [tabId, ticket.ticketId, countdown.state]),
    ).toEqual([
      [12, '4498', 'breached'],
      [13, '4520', 'on-track'],
      [11, '4512', 'warning'],
      [17, '4541', 'on-track'],
    ]);
  });

  test('keeps every deadline of a ticket, nearest first', () => {
    const [urgent] = openDeadlines({ 12: urgentEmail }, content, Date.parse('2026-11-30T16:00:00Z'));
    expect(urgent?.countdowns.map(({ metric, state, dueAt }) => [metric, state, dueAt])).toEqual([
      ['first_reply', 'breached', '2026-11-30T15:00:00.000Z'],
      ['resolution', 'on-track', '2026-12-01T14:00:00.000Z'],
    ]);
    expect(urgent?.ticket).toEqual({
      helpdesk: 'zendesk',
      ticketId: '4498',
      subject: 'Cannot log in after password reset',
    });
  });

  test('no packs, no deadlines', () => {
    expect(openDeadlines(tabs, { standards: [], calendars: [] }, Date.parse('2026-11-30T16:00:00Z'))).toEqual(
      [],
    );
  });
});

describe('nextAlarmAt', () => {
  test.each<[string, Record<string, TicketTab>, string, string | undefined]>([
    ['nothing open', {}, '2026-11-30T16:00:00Z', undefined],
    [
      'on track: when the warning starts',
      { 11: highPriorityEmail },
      '2026-11-30T15:50:00Z',
      '2026-11-30T16:00:00Z',
    ],
    [
      'at the warning instant: the due instant',
      { 11: highPriorityEmail },
      '2026-11-30T16:00:00Z',
      '2026-11-30T16:30:00Z',
    ],
    [
      'a breached first reply: the resolution behind it warns at 16:00 Monday',
      { 12: urgentEmail },
      '2026-11-30T16:00:00Z',
      '2026-11-30T21:00:00Z',
    ],
    ['everything breached: nothing left to change', { 12: urgentEmail }, '2026-12-01T15:00:00Z', undefined],
    [
      'paused overnight: the opening',
      { 11: askedBeforeClosing },
      '2026-11-30T23:00:00Z',
      '2026-12-01T14:00:00Z',
    ],
    [
      'before closing: the warning, not the next-morning deadline',
      { 11: askedTwoHoursBeforeClosing },
      '2026-11-30T21:00:00Z',
      '2026-11-30T21:30:00Z',
    ],
    [
      'several tickets: the soonest change of any',
      { 11: highPriorityEmail, 12: urgentEmail, 13: outage, 17: webFormWithoutTimes },
      '2026-11-30T16:00:00Z',
      '2026-11-30T16:02:30Z',
    ],
  ])('%s', (_name, tabs, now, expected) => {
    const at = Date.parse(now);
    expect(nextAlarmAt(openDeadlines(tabs, content, at), at)).toBe(
      expected === undefined ? undefined : Date.parse(expected),
    );
  });
});
