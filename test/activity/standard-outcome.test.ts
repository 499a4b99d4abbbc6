/**
 * How a target's outcome is read off its countdown, on Northwind's New York desk (09:00–17:00
 * EST, 14:00Z–22:00Z), Monday 30 November 2026. Instants worked out by hand.
 */
import { describe, expect, test } from 'vitest';

import { observeOutcome, type CountdownObservation } from '../../lib/activity/standard-outcome';
import { countdownsFor } from '../../lib/standards/countdown';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { newYorkDesk, northwindStandards } from '../builders/standards';
import { makeTicket } from '../builders/ticket';

const firstSeenAt = '2026-11-30T14:31:00Z';

/** Every countdown of the ticket at `now`, as the deadline service observes them. */
function observe(ticket: TicketSnapshot, now: string): CountdownObservation[] {
  const { standard, countdowns } = countdownsFor({
    ticket,
    standards: northwindStandards,
    calendars: [newYorkDesk],
    now: Date.parse(now),
    firstSeenAt,
  });
  if (!standard) return [];
  const calendar = standard.calendarId === undefined ? undefined : newYorkDesk;
  return countdowns.map((countdown) => ({ ticket, standard, calendar, countdown }));
}

function firstReply(ticket: TicketSnapshot, now: string): CountdownObservation {
  const found = observe(ticket, now).find(({ countdown }) => countdown.metric === 'first_reply');
  if (!found) throw new Error('no first-reply countdown');
  return found;
}

/** High-priority email, first reply within 2 business hours: asked 09:30 EST, due 11:30 (16:30Z). */
const asked = makeTicket({
  priority: 'high',
  createdAt: '2026-11-30T14:30:00Z',
  lastCustomerMessageAt: '2026-11-30T14:30:00Z',
  lastAgentReplyAt: undefined,
});
const repliedAt = (instant: string) => ({ ...asked, lastAgentReplyAt: instant });

describe('observeOutcome', () => {
  test('a clock still running in time records nothing', () => {
    expect(
      observeOutcome(
        firstReply(asked, '2026-11-30T15:00:00Z'),
        undefined,
        Date.parse('2026-11-30T15:00:00Z'),
      ),
    ).toBeUndefined();
  });

  test('met in time: when, and how much business time it took', () => {
    const now = Date.parse('2026-11-30T15:20:00Z');
    const outcome = observeOutcome(
      firstReply(repliedAt('2026-11-30T15:10:00Z'), '2026-11-30T15:20:00Z'),
      undefined,
      now,
    );
    expect(outcome).toMatchObject({
      id: 'zendesk 4512 email-web first_reply 2026-11-30T14:30:00Z',
      helpdesk: 'zendesk',
      ticketId: '4512',
      channel: 'email',
      priority: 'high',
      standardId: 'email-web',
      standardName: 'Email and web form',
      kind: 'flexible',
      metric: 'first_reply',
      startedAt: Date.parse('2026-11-30T14:30:00Z'),
      dueAt: Date.parse('2026-11-30T16:30:00Z'),
      targetMs: 7_200_000,
      approximate: false,
      outcome: 'met',
      metAt: Date.parse('2026-11-30T15:10:00Z'),
      businessMsToMeet: 40 * 60_000,
      recordedAt: now,
    });
    expect(outcome?.breachedByMs).toBeUndefined();
  });

  test('a reply after the due instant is a breach by the difference, even if the breach was never seen open', () => {
    const now = Date.parse('2026-11-30T17:05:00Z');
    const outcome = observeOutcome(
      firstReply(repliedAt('2026-11-30T17:00:00Z'), '2026-11-30T17:05:00Z'),
      undefined,
      now,
    );
    expect(outcome).toMatchObject({
      outcome: 'breached',
      breachedByMs: 30 * 60_000,
      metAt: Date.parse('2026-11-30T17:00:00Z'),
    });
  });

  test('an open breach grows until the reply, then keeps when it was first recorded', () => {
    const open = observeOutcome(
      firstReply(asked, '2026-11-30T17:00:00Z'),
      undefined,
      Date.parse('2026-11-30T17:00:00Z'),
    );
    expect(open).toMatchObject({ outcome: 'breached', breachedByMs: 30 * 60_000 });
    expect(open?.metAt).toBeUndefined();
    const later = observeOutcome(
      firstReply(asked, '2026-11-30T17:30:00Z'),
      open,
      Date.parse('2026-11-30T17:30:00Z'),
    );
    expect(later?.breachedByMs).toBe(60 * 60_000);
    const met = observeOutcome(
      firstReply(repliedAt('2026-11-30T17:45:00Z'), '2026-11-30T17:50:00Z'),
      later,
      Date.parse('2026-11-30T17:50:00Z'),
    );
    expect(met).toMatchObject({
      outcome: 'breached',
      breachedByMs: 75 * 60_000,
      metAt: Date.parse('2026-11-30T17:45:00Z'),
      businessMsToMeet: 195 * 60_000,
      recordedAt: Date.parse('2026-11-30T17:00:00Z'),
      updatedAt: Date.parse('2026-11-30T17:50:00Z'),
    });
  });

  test('business time to meet skips the night: asked 16:30 EST, answered 09:30 the next morning, one hour', () => {
    const evening = makeTicket({
      priority: 'normal',
      createdAt: '2026-11-30T21:30:00Z',
      lastAgentReplyAt: '2026-12-01T14:30:00Z',
    });
    const outcome = observeOutcome(
      firstReply(evening, '2026-12-01T14:35:00Z'),
      undefined,
      Date.parse('2026-12-01T14:35:00Z'),
    );
    expect(outcome).toMatchObject({ outcome: 'met', businessMsToMeet: 3_600_000 });
  });

  test('a resolution is met when the ticket is first seen solved', () => {
    const urgent = makeTicket({
      priority: 'urgent',
      status: 'solved',
      createdAt: '2026-11-30T14:00:00Z',
      lastAgentReplyAt: '2026-11-30T14:20:00Z',
    });
    const now = Date.parse('2026-11-30T18:00:00Z');
    const resolution = observe(urgent, '2026-11-30T18:00:00Z').find(
      ({ countdown }) => countdown.metric === 'resolution',
    );
    expect(resolution && observeOutcome(resolution, undefined, now)).toMatchObject({
      outcome: 'met',
      metAt: now,
      businessMsToMeet: 4 * 3_600_000,
    });
  });

  test('a discretion standard is never breached, however late the reply', () => {
    const mention = makeTicket({
      channel: 'social',
      createdAt: '2026-11-30T14:00:00Z',
      lastAgentReplyAt: '2026-11-30T23:00:00Z',
    });
    const outcome = observeOutcome(
      firstReply(mention, '2026-11-30T23:10:00Z'),
      undefined,
      Date.parse('2026-11-30T23:10:00Z'),
    );
    expect(outcome).toMatchObject({ kind: 'discretion', outcome: 'met' });
    expect(outcome?.breachedByMs).toBeUndefined();
  });

  test('each next-reply cycle is an outcome of its own', () => {
    const waiting = (customerWrote: string) =>
      makeTicket({
        createdAt: '2026-11-30T13:00:00Z',
        lastAgentReplyAt: '2026-11-30T14:10:00Z',
        lastCustomerMessageAt: customerWrote,
      });
    const nextReplyId = (customerWrote: string) =>
      observe(waiting(customerWrote), '2026-11-30T21:00:00Z').find(
        ({ countdown }) => countdown.metric === 'next_reply',
      );
    const first = nextReplyId('2026-11-30T14:30:00Z');
    const second = nextReplyId('2026-11-30T15:30:00Z');
    expect(first && observeOutcome(first, undefined, Date.parse('2026-11-30T21:00:00Z'))?.id).toBe(
      'zendesk 4512 email-web next_reply 2026-11-30T14:30:00Z',
    );
    expect(second && observeOutcome(second, undefined, Date.parse('2026-11-30T21:00:00Z'))?.id).toBe(
      'zendesk 4512 email-web next_reply 2026-11-30T15:30:00Z',
    );
  });
});
