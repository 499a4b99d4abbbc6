/**
 * Which countdowns a ticket gets, from when, and in which order. Incidents run on plain clock
 * time (no calendar); the others on the New York desk (weekdays 09:00–17:00 EST = 14:00Z–22:00Z).
 * Expected figures were worked out by hand.
 */
import { describe, expect, test } from 'vitest';

import { countdownsFor, type CountdownInputs } from '../../lib/standards/countdown';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { makeStandard, newYorkDesk, northwindStandards } from '../builders/standards';
import { makeTicket } from '../builders/ticket';

const minute = 60_000;
const hour = 60 * minute;

function inputs(
  ticket: Partial<TicketSnapshot>,
  now: string,
  extra: Partial<CountdownInputs> = {},
): CountdownInputs {
  return {
    ticket: makeTicket(ticket),
    standards: northwindStandards,
    calendars: [newYorkDesk],
    now: Date.parse(now),
    firstSeenAt: '2026-11-30T14:02:00Z',
    ...extra,
  };
}

/** "metric state business-time-left", most urgent first, e.g. "first_reply on-track 10 min"; "first_reply met". */
function summary(input: CountdownInputs): string[] {
  return countdownsFor(input).countdowns.map((countdown) =>
    countdown.state === 'met'
      ? `${countdown.metric} met`
      : `${countdown.metric} ${countdown.state} ${countdown.businessMsLeft / minute} min`,
  );
}

/** An urgent outage reported Monday 14:00Z; incidents count plain clock time. */
const outage: Partial<TicketSnapshot> = {
  tags: ['outage'],
  priority: 'urgent',
  createdAt: '2026-11-30T14:00:00Z',
  lastAgentReplyAt: undefined,
  lastCustomerMessageAt: '2026-11-30T14:00:00Z',
};

describe('each metric starts and stops on the ticket’s own events', () => {
  test.each<[string, Partial<TicketSnapshot>, string, string[]]>([
    [
      // First reply 30 min, resolution 8 h; no reply yet, so no periodic update, no next reply.
      'twenty minutes after the report',
      outage,
      '2026-11-30T14:20:00Z',
      ['first_reply on-track 10 min', 'resolution on-track 460 min'],
    ],
    [
      // Replied 14:25; the customer wrote again 14:50: next reply due 15:50, update due 15:25.
      'after a reply and a new customer message',
      { ...outage, lastAgentReplyAt: '2026-11-30T14:25:00Z', lastCustomerMessageAt: '2026-11-30T14:50:00Z' },
      '2026-11-30T15:00:00Z',
      [
        'periodic_update on-track 25 min',
        'next_reply on-track 50 min',
        'resolution on-track 420 min',
        'first_reply met',
      ],
    ],
    [
      // The customer has not written since the reply: no next-reply countdown.
      'after a reply the customer has not answered',
      { ...outage, lastAgentReplyAt: '2026-11-30T14:25:00Z', lastCustomerMessageAt: '2026-11-30T14:00:00Z' },
      '2026-11-30T15:20:00Z',
      ['periodic_update warning 5 min', 'resolution on-track 400 min', 'first_reply met'],
    ],
    [
      // Solved: resolution met, and nothing is left running.
      'once solved',
      { ...outage, status: 'solved', lastAgentReplyAt: '2026-11-30T16:00:00Z' },
      '2026-11-30T16:30:00Z',
      ['first_reply met', 'resolution met'],
    ],
    [
      // Solved without a public reply: the first reply has nothing left to count.
      'solved without a reply',
      { ...outage, status: 'solved' },
      '2026-11-30T16:30:00Z',
      ['resolution met'],
    ],
    [
      // Enterprise call at 09:00 New York, callback within 1 business hour, warned 15 min ahead.
      'an enterprise call',
      {
        channel: 'phone',
        tags: ['enterprise'],
        createdAt: '2026-11-30T14:00:00Z',
        lastAgentReplyAt: undefined,
      },
      '2026-11-30T14:50:00Z',
      ['callback warning 10 min'],
    ],
    [
      'an enterprise call returned',
      {
        channel: 'phone',
        tags: ['enterprise'],
        createdAt: '2026-11-30T14:00:00Z',
        lastAgentReplyAt: '2026-11-30T14:30:00Z',
      },
      '2026-11-30T14:40:00Z',
      ['callback met'],
    ],
  ])('%s', (_case, ticket, now, expected) => {
    expect(summary(inputs(ticket, now))).toEqual(expected);
  });
});

describe('a start instant the page did not carry', () => {
  const messagingStandard = makeStandard({
    id: 'messaging',
    name: 'Messaging',
    when: { all: [{ field: 'ticket.channel', op: 'is', value: 'messaging' }] },
    calendarId: undefined,
    targets: [{ metric: 'first_reply', within: '15m' }],
  });
  // A Zendesk messaging conversation: the page shows no creation time.
  const conversation = makeTicket({
    channel: 'messaging',
    tags: [],
    createdAt: undefined,
    lastCustomerMessageAt: undefined,
    lastAgentReplyAt: undefined,
  });

  test('counts from when Touchpoint first saw the ticket, and says it is approximate', () => {
    const { countdowns } = countdownsFor({
      ticket: conversation,
      standards: [messagingStandard],
      calendars: [],
      now: Date.parse('2026-11-30T14:07:00Z'),
      firstSeenAt: '2026-11-30T14:02:00Z',
    });
    expect(countdowns).toEqual([
      expect.objectContaining({
        metric: 'first_reply',
        approximate: true,
        startedAt: '2026-11-30T14:02:00Z',
        dueAt: '2026-11-30T14:17:00.000Z',
        businessMsLeft: 10 * minute,
        state: 'on-track',
      }),
    ]);
  });

  test('an instant the page did carry is exact', () => {
    const { countdowns } = countdownsFor(
      inputs({ priority: 'high', lastAgentReplyAt: undefined }, '2026-11-30T14:07:00Z'),
    );
    expect(countdowns.map((countdown) => countdown.approximate)).toEqual([false]);
  });
});

describe('when no countdown can honestly be shown', () => {
  test('no standard matches: none, and no made-up target', () => {
    expect(countdownsFor(inputs({ channel: 'chat', tags: [] }, '2026-11-30T15:00:00Z'))).toEqual({
      countdowns: [],
    });
  });

  test('no standards loaded', () => {
    expect(countdownsFor(inputs({}, '2026-11-30T15:00:00Z', { standards: [] }))).toEqual({ countdowns: [] });
  });

  test('the standard’s calendar is not loaded: it says which', () => {
    const result = countdownsFor(inputs({}, '2026-11-30T15:00:00Z', { calendars: [] }));
    expect(result).toEqual({
      standard: expect.objectContaining({ id: 'email-web' }),
      countdowns: [],
      missingCalendarId: 'ny-desk',
    });
  });
});

describe('a discretion standard', () => {
  // Social: aim for 4 business hours; a tweet at 09:00 New York.
  const tweet = {
    channel: 'social' as const,
    tags: [],
    createdAt: '2026-11-30T14:00:00Z',
    lastAgentReplyAt: undefined,
  };

  test.each<[string, string, string, number]>([
    ['within the guideline', '2026-11-30T16:00:00Z', 'on-track', 2 * hour],
    ['past the guideline: elapsed time, never a breach', '2026-11-30T19:30:00Z', 'on-track', 5.5 * hour],
    ['after hours: the elapsed time stands still', '2026-12-01T03:00:00Z', 'on-track', 8 * hour],
  ])('%s', (_case, now, state, elapsedMs) => {
    const [countdown] = countdownsFor(inputs(tweet, now)).countdowns;
    expect(countdown).toMatchObject({ kind: 'discretion', state, elapsedMs });
    expect(countdown?.breachedForMs).toBeUndefined();
  });
});

test('a breached target comes first', () => {
  // An incident 2 h in: the first reply (30 min) breached 90 min ago, resolution has 6 h.
  const result = countdownsFor(inputs(outage, '2026-11-30T16:00:00Z'));
  expect(result.countdowns.map((countdown) => [countdown.metric, countdown.state])).toEqual([
    ['first_reply', 'breached'],
    ['resolution', 'on-track'],
  ]);
  expect(result.countdowns[0]?.breachedForMs).toBe(90 * minute);
});
