/**
 * Every state of one countdown, on Northwind's New York desk (weekdays 09:00–17:00 EST, so
 * 14:00Z–22:00Z; Thanksgiving 26 November closed). Expected instants and durations were worked
 * out by hand from that calendar.
 */
import { describe, expect, test } from 'vitest';

import { countdownsFor, type Countdown } from '../../lib/standards/countdown';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { newYorkDesk, northwindStandards } from '../builders/standards';
import { makeTicket } from '../builders/ticket';

const minute = 60_000;
const hour = 60 * minute;

/** A high-priority email with no reply yet: email-web's first reply target, 2 business hours, warned 30 min ahead. */
function firstReplyOf(ticket: Partial<TicketSnapshot>, now: string): Countdown {
  const result = countdownsFor({
    ticket: makeTicket({
      priority: 'high',
      lastAgentReplyAt: undefined,
      lastCustomerMessageAt: undefined,
      ...ticket,
    }),
    standards: northwindStandards,
    calendars: [newYorkDesk],
    now: Date.parse(now),
    firstSeenAt: ticket.createdAt ?? now,
  });
  expect(result.standard?.id).toBe('email-web');
  const countdown = result.countdowns.find((candidate) => candidate.metric === 'first_reply');
  if (!countdown) throw new Error('no first reply countdown');
  return countdown;
}

type Expected = Partial<
  Pick<
    Countdown,
    | 'state'
    | 'dueAt'
    | 'businessMsLeft'
    | 'calendarMsLeft'
    | 'breachedForMs'
    | 'pausedUntil'
    | 'pausedByStatus'
  >
>;

/** Compares only the fields a case names; a field expected as undefined must be absent. */
function expectFields(countdown: Countdown, expected: Expected): void {
  const named = Object.fromEntries(
    Object.keys(expected).map((key) => [key, countdown[key as keyof Expected]]),
  );
  expect(named).toEqual(expected);
}

describe('a first reply due within 2 business hours, asked Monday 09:30 (due 11:30, 16:30Z)', () => {
  const asked = { createdAt: '2026-11-30T14:30:00Z' };
  const due = '2026-11-30T16:30:00.000Z';

  test.each<[string, string, Partial<TicketSnapshot>, Expected]>([
    [
      'at 10:00, on track',
      '2026-11-30T15:00:00Z',
      {},
      { state: 'on-track', dueAt: due, businessMsLeft: 90 * minute, calendarMsLeft: 90 * minute },
    ],
    [
      'a second before the warning',
      '2026-11-30T15:59:59Z',
      {},
      { state: 'on-track', businessMsLeft: 30 * minute + 1000 },
    ],
    [
      'exactly 30 min left: warning',
      '2026-11-30T16:00:00Z',
      {},
      { state: 'warning', businessMsLeft: 30 * minute },
    ],
    ['a second before the breach', '2026-11-30T16:29:59Z', {}, { state: 'warning', businessMsLeft: 1000 }],
    [
      'at the due instant: breached',
      '2026-11-30T16:30:00Z',
      {},
      { state: 'breached', businessMsLeft: 0, breachedForMs: 0 },
    ],
    [
      '14 min later',
      '2026-11-30T16:44:00Z',
      {},
      {
        state: 'breached',
        businessMsLeft: -14 * minute,
        calendarMsLeft: -14 * minute,
        breachedForMs: 14 * minute,
      },
    ],
    [
      'replied at 11:10: met',
      '2026-11-30T17:00:00Z',
      { lastAgentReplyAt: '2026-11-30T16:10:00Z' },
      { state: 'met', breachedForMs: undefined },
    ],
    [
      'replied late: still met',
      '2026-11-30T18:00:00Z',
      { lastAgentReplyAt: '2026-11-30T17:10:00Z' },
      { state: 'met', breachedForMs: undefined },
    ],
    [
      'pending, which the standard pauses on',
      '2026-11-30T15:00:00Z',
      { status: 'pending' },
      { state: 'paused', pausedByStatus: 'pending', businessMsLeft: 90 * minute, pausedUntil: undefined },
    ],
    [
      'a breach stays a breach while on hold',
      '2026-11-30T17:00:00Z',
      { status: 'on-hold' },
      { state: 'breached', pausedByStatus: 'on-hold', breachedForMs: 30 * minute },
    ],
  ])('%s', (_case, now, ticket, expected) => {
    expectFields(firstReplyOf({ ...asked, ...ticket }, now), expected);
  });
});

describe('outside business hours the business clock stands still', () => {
  test.each<[string, string, string, Expected]>([
    [
      // 1 h 15 min on Monday, 45 min on Tuesday: due Tuesday 09:45 (14:45Z).
      'asked Monday 15:45, read at 18:00: paused until Tuesday 09:00',
      '2026-11-30T20:45:00Z',
      '2026-11-30T23:00:00Z',
      {
        state: 'paused',
        dueAt: '2026-12-01T14:45:00.000Z',
        pausedUntil: '2026-12-01T14:00:00.000Z',
        businessMsLeft: 45 * minute,
        calendarMsLeft: 15 * hour + 45 * minute,
      },
    ],
    [
      'the same ticket on Tuesday at 09:20: warning',
      '2026-11-30T20:45:00Z',
      '2026-12-01T14:20:00Z',
      { state: 'warning', businessMsLeft: 25 * minute, calendarMsLeft: 25 * minute, pausedUntil: undefined },
    ],
    [
      // 1 h on Friday, 1 h on Monday 7 December.
      'asked Friday 16:00, read on Saturday: paused until Monday',
      '2026-12-04T21:00:00Z',
      '2026-12-05T15:00:00Z',
      {
        state: 'paused',
        dueAt: '2026-12-07T15:00:00.000Z',
        pausedUntil: '2026-12-07T14:00:00.000Z',
        businessMsLeft: hour,
        calendarMsLeft: 48 * hour,
      },
    ],
    [
      // The 2 hours run out exactly at Monday's close, so the breach is at Tuesday's opening (zendesk/biz).
      'asked Monday 15:00, read at the 17:00 close: 0 left, not yet breached',
      '2026-11-30T20:00:00Z',
      '2026-11-30T22:00:00Z',
      {
        state: 'paused',
        dueAt: '2026-12-01T14:00:00.000Z',
        businessMsLeft: 0,
        pausedUntil: '2026-12-01T14:00:00.000Z',
      },
    ],
    [
      'that ticket at Tuesday’s opening: breached',
      '2026-11-30T20:00:00Z',
      '2026-12-01T14:00:00Z',
      { state: 'breached', breachedForMs: 0 },
    ],
    [
      // 30 min on Wednesday 25th; Thanksgiving closed; 1 h 30 min on Friday 27th.
      'asked the day before Thanksgiving, read on Thanksgiving',
      '2026-11-25T21:30:00Z',
      '2026-11-26T16:00:00Z',
      {
        state: 'paused',
        dueAt: '2026-11-27T15:30:00.000Z',
        pausedUntil: '2026-11-27T14:00:00.000Z',
        businessMsLeft: 90 * minute,
      },
    ],
    [
      // Breached at 11:30; the evening adds calendar time since the breach, not business time.
      'breached in the morning, read that evening',
      '2026-11-30T14:30:00Z',
      '2026-11-30T23:30:00Z',
      {
        state: 'breached',
        breachedForMs: 7 * hour,
        businessMsLeft: -5.5 * hour,
        pausedUntil: '2026-12-01T14:00:00.000Z',
      },
    ],
  ])('%s', (_case, createdAt, now, expected) => {
    expectFields(firstReplyOf({ createdAt }, now), expected);
  });
});

describe('how long before the deadline the agent is warned', () => {
  // A quarter of the target, at most an hour, unless the pack says.
  test.each<[string, Partial<TicketSnapshot>, string, number]>([
    [
      'incident first reply, 30 min target',
      { tags: ['outage'], priority: 'urgent' },
      'first_reply',
      7.5 * minute,
    ],
    [
      'incident resolution, 8 h target: capped at 1 h',
      { tags: ['outage'], priority: 'urgent' },
      'resolution',
      hour,
    ],
    [
      'incident periodic update, written 10m',
      { tags: ['outage'], lastAgentReplyAt: '2026-11-30T14:10:00Z' },
      'periodic_update',
      10 * minute,
    ],
    ['email first reply, 2 h target', { priority: 'high' }, 'first_reply', 30 * minute],
    ['phone resolution, 16 h target: capped at 1 h', { channel: 'phone', tags: [] }, 'resolution', hour],
  ])('%s', (_case, overrides, metric, warnBeforeMs) => {
    const { countdowns } = countdownsFor({
      ticket: makeTicket({ createdAt: '2026-11-30T14:00:00Z', lastAgentReplyAt: undefined, ...overrides }),
      standards: northwindStandards,
      calendars: [newYorkDesk],
      now: Date.parse('2026-11-30T14:15:00Z'),
      firstSeenAt: '2026-11-30T14:00:05Z',
    });
    expect(countdowns.find((countdown) => countdown.metric === metric)?.warnBeforeMs).toBe(warnBeforeMs);
  });
});
