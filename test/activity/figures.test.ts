/**
 * The "My day" figures of the fixed log (fixed-log.ts), every expectation worked out by hand.
 */
import { describe, expect, test } from 'vitest';

import { dayFigures, normaliseQuery } from '../../lib/activity/figures';
import { medianMs } from '../../lib/activity/median';
import { events, makeOutcome, monday, outcomes } from './fixed-log';

const minutes = (count: number) => count * 60_000;
const figures = dayFigures({ events, outcomes, ...monday });

describe('dayFigures: response standards', () => {
  test('met and breached, each outcome on its decisive instant', () => {
    // Met: o1 (metAt), o4 (metAt), o8 (discretion, at dueAt). Breached: o2, o3, o5 (at dueAt).
    // o6 was met on Sunday; o7 was due on Sunday.
    expect(figures.standards).toMatchObject({ met: 3, breached: 3 });
  });

  test('by how much: median and largest breach', () => {
    // 10, 35 and 60 minutes: o7's 600 is Sunday's breach.
    expect(figures.standards.breachedByMs).toEqual({ median: minutes(35), max: minutes(60) });
  });

  test('by standard, most outcomes first', () => {
    expect(figures.standards.byStandard).toEqual([
      // o1 met; o2 (35) and o5 (60) breached: median (35 + 60) / 2 = 47.5 min.
      {
        standardId: 'email-web',
        standardName: 'Email and web form',
        met: 1,
        breached: 2,
        medianBreachMs: minutes(47.5),
      },
      {
        standardId: 'phone',
        standardName: 'Phone callbacks',
        met: 1,
        breached: 1,
        medianBreachMs: minutes(10),
      },
      {
        standardId: 'chat',
        standardName: 'Chat (agent discretion)',
        met: 1,
        breached: 0,
        medianBreachMs: null,
      },
    ]);
  });

  test('by channel, in the snapshot order of channels', () => {
    expect(figures.standards.byChannel).toEqual([
      { channel: 'email', met: 1, breached: 2 },
      { channel: 'phone', met: 1, breached: 1 },
      { channel: 'chat', met: 1, breached: 0 },
    ]);
  });

  test('median business time to first reply: first replies met on Monday, late ones too', () => {
    // o1 40 min, o7 90 min (due Sunday, replied Monday), o2 155 min; o6 was Sunday, o8 has no reply.
    expect(figures.firstReplyMedianBusinessMs).toBe(minutes(90));
  });

  test('the newest name of a standard is the one shown', () => {
    const renamed = dayFigures({
      events: [],
      outcomes: [
        makeOutcome({ id: 'a', standardName: 'Email', metAt: Date.parse('2026-11-30T15:00:00Z') }),
        makeOutcome({ id: 'b', standardName: 'Email and web', metAt: Date.parse('2026-11-30T16:00:00Z') }),
        makeOutcome({ id: 'c', standardName: 'Old email', metAt: Date.parse('2026-11-30T14:00:00Z') }),
      ],
      ...monday,
    });
    expect(renamed.standards.byStandard).toMatchObject([{ standardName: 'Email and web', met: 3 }]);
  });

  test('nothing in range: zero counts and null medians', () => {
    const empty = dayFigures({ events, outcomes, from: 0, to: 1 });
    expect(empty.standards).toEqual({
      met: 0,
      breached: 0,
      breachedByMs: { median: null, max: null },
      byStandard: [],
      byChannel: [],
    });
    expect(empty.firstReplyMedianBusinessMs).toBeNull();
  });
});

describe('dayFigures: the agent’s work', () => {
  test('distinct tickets viewed', () => {
    expect(figures.ticketsViewed).toBe(3);
  });

  test('snippets inserted, per snippet, most first', () => {
    // Sunday's and Tuesday 04:59Z (still Monday 23:59 EST!) refunds: the second one counts.
    expect(figures.snippetsInserted).toEqual({
      count: 4,
      bySnippet: [
        {
          packId: 'northwind-billing',
          snippetId: 'refund-timeline-en',
          title: 'When a refund arrives',
          count: 3,
        },
        {
          packId: 'northwind-billing',
          snippetId: 'duplicate-charge-en',
          title: 'Duplicate charge on an invoice',
          count: 1,
        },
      ],
    });
  });

  test('empty searches, the same words counted together, ties in text order', () => {
    expect(figures.searchesEmpty).toEqual({
      count: 4,
      topQueries: [
        { query: 'router blinking orange', count: 2 },
        { query: 'jane.doe@example.com', count: 1 },
        { query: 'static ip', count: 1 },
      ],
    });
  });

  test('offers shown, accepted, declined and not relevant, per offer', () => {
    expect(figures.offers).toEqual({
      shown: 3,
      accepted: 1,
      declined: 1,
      notRelevant: 1,
      byOffer: [
        {
          packId: 'northwind-billing',
          offerId: 'upgrade-fibre-500',
          shown: 2,
          accepted: 1,
          declined: 0,
          notRelevant: 0,
        },
        {
          packId: 'northwind-billing',
          offerId: 'mesh-extender',
          shown: 1,
          accepted: 0,
          declined: 1,
          notRelevant: 0,
        },
        {
          packId: 'northwind-billing',
          offerId: 'router-care',
          shown: 0,
          accepted: 0,
          declined: 0,
          notRelevant: 1,
        },
      ],
    });
  });

  test('proposals and flags', () => {
    expect(figures.proposals).toBe(1);
    expect(figures.flags).toEqual({ wrong: 1, stale: 1 });
  });
});

describe('helpers', () => {
  test.each([
    { values: [], median: null },
    { values: [7], median: 7 },
    { values: [9, 1, 4], median: 4 },
    { values: [1, 2], median: 2 }, // 1.5 rounds to 2
    { values: [40, 10, 30, 20], median: 25 },
  ])('median of $values is $median', ({ values, median }) => {
    expect(medianMs([...values])).toBe(median);
  });

  test.each([
    ['  Refund   STATUS ', 'refund status'],
    ['static\tip', 'static ip'],
  ])('normaliseQuery(%j) is %j', (query, normalised) => {
    expect(normaliseQuery(query)).toBe(normalised);
  });
});
