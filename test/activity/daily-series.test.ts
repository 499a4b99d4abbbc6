/**
 * Days in the agent's time zone, and the per-day counts plotted over them, from the fixed log.
 */
import { describe, expect, test } from 'vitest';

import { activityView } from '../../lib/activity/activity-view';
import { dailySeries } from '../../lib/activity/daily-series';
import { dayFigures } from '../../lib/activity/figures';
import { dayIndexOf, dayStarts, lastLocalDays } from '../../lib/activity/local-days';
import { resolveWallTime } from '../../lib/time/wall-time';
import { events, monday, mondayEvening, outcomes, timeZone } from './fixed-log';

const hours = (count: number) => count * 3_600_000;

describe('lastLocalDays', () => {
  test('today in New York is midnight EST to midnight EST', () => {
    expect(lastLocalDays(mondayEvening, 1, timeZone)).toEqual([{ date: '2026-11-30', ...monday }]);
  });

  test('the day the clocks go back is 25 hours long (New York, 1 November 2026)', () => {
    const days = lastLocalDays(Date.parse('2026-11-02T17:00:00Z'), 3, timeZone);
    expect(
      days.map((day) => [day.date, new Date(day.from).toISOString(), (day.to - day.from) / hours(1)]),
    ).toEqual([
      ['2026-10-31', '2026-10-31T04:00:00.000Z', 24],
      ['2026-11-01', '2026-11-01T04:00:00.000Z', 25],
      ['2026-11-02', '2026-11-02T05:00:00.000Z', 24],
    ]);
  });

  test('the day the clocks go forward is 23 hours long (Berlin, 29 March 2026)', () => {
    const days = lastLocalDays(Date.parse('2026-03-29T20:00:00Z'), 1, 'Europe/Berlin');
    expect(days).toEqual([
      {
        date: '2026-03-29',
        from: Date.parse('2026-03-28T23:00:00Z'),
        to: Date.parse('2026-03-29T22:00:00Z'),
      },
    ]);
  });

  test('a day whose midnight is skipped starts at 01:00 (Santiago, 6 September 2026)', () => {
    const [saturday, sunday] = lastLocalDays(Date.parse('2026-09-06T15:00:00Z'), 2, 'America/Santiago');
    expect(saturday).toEqual({
      date: '2026-09-05',
      from: Date.parse('2026-09-05T04:00:00Z'),
      to: Date.parse('2026-09-06T04:00:00Z'),
    });
    expect(sunday?.date).toBe('2026-09-06');
  });

  test('30 days run back across the month, oldest first, each ending where the next starts', () => {
    const days = lastLocalDays(mondayEvening, 30, timeZone);
    expect(days.map((day) => day.date).slice(0, 2)).toEqual(['2026-11-01', '2026-11-02']);
    expect(days.at(-1)?.date).toBe('2026-11-30');
    days.slice(1).forEach((day, index) => expect(day.from).toBe(days[index]!.to));
  });

  test('dayIndexOf finds the day, -1 outside', () => {
    const days = lastLocalDays(mondayEvening, 7, timeZone);
    const starts = dayStarts(days);
    expect(dayIndexOf(days[0]!.from - 1, starts)).toBe(-1);
    expect(dayIndexOf(days[0]!.from, starts)).toBe(0);
    expect(dayIndexOf(days[3]!.to - 1, starts)).toBe(3);
    expect(dayIndexOf(days[3]!.to, starts)).toBe(4);
    expect(dayIndexOf(days[6]!.to - 1, starts)).toBe(6);
    expect(dayIndexOf(days[6]!.to, starts)).toBe(-1);
  });
});

describe('dailySeries', () => {
  const series = dailySeries({ events, outcomes, now: mondayEvening, days: 7, timeZone });

  test('seven days, every one present, quiet ones at zero', () => {
    expect(series.map((point) => point.date)).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
    expect(
      series.slice(0, 5).every((point) => point.met + point.breached + point.snippetsInserted === 0),
    ).toBe(true);
  });

  test('Sunday: o6 met, o7 breached (due 23:00 EST), one refund, router care shown', () => {
    expect(series[5]).toMatchObject({
      met: 1,
      breached: 1,
      snippetsInserted: 1,
      searchesEmpty: 0,
      offersShown: 1,
      offersAccepted: 0,
      offersDeclined: 0,
      offersNotRelevant: 0,
    });
  });

  test('Monday: the same counts as the figures', () => {
    expect(series[6]).toMatchObject({
      met: 3,
      breached: 3,
      snippetsInserted: 4,
      searchesEmpty: 4,
      offersShown: 3,
      offersAccepted: 1,
      offersDeclined: 1,
      offersNotRelevant: 1,
    });
  });
});

describe('activityView', () => {
  test('figures and series over the same days', () => {
    const view = activityView({ events, outcomes, now: mondayEvening, days: 7, timeZone });
    expect(view.range).toEqual({ from: Date.parse('2026-11-24T05:00:00Z'), to: monday.to, timeZone });
    expect(view.figures).toEqual(dayFigures({ events, outcomes, from: view.range.from, to: view.range.to }));
    expect(view.figures.standards).toMatchObject({ met: 4, breached: 4 });
    expect(view.series).toHaveLength(7);
  });

  test('today only', () => {
    const view = activityView({ events, outcomes, now: mondayEvening, days: 1, timeZone });
    expect(view.range).toEqual({ ...monday, timeZone });
    expect(view.figures).toEqual(dayFigures({ events, outcomes, ...monday }));
  });
});

describe('lastLocalDays over a year', () => {
  test.each(['America/New_York', 'Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata'])(
    '%s: every day starts at the instant resolveWallTime gives for its midnight',
    (zone) => {
      const days = lastLocalDays(Date.parse('2026-12-31T12:00:00Z'), 400, zone);
      for (const day of days) {
        const [year, month, date] = day.date.split('-').map(Number) as [number, number, number];
        expect(day.from).toBe(resolveWallTime({ year, month, day: date, hour: 0, minute: 0 }, zone));
      }
      days.slice(1).forEach((day, index) => expect(day.from).toBe(days[index]!.to));
    },
  );
});
