/**
 * The live countdown list on Northwind's New York desk (weekdays 09:00–17:00 EST = 14:00Z–22:00Z).
 * Maya's high-priority email arrives Monday 30 November at 09:30 New York (14:30Z): the email
 * standard wants a first reply within 2 business hours, due 11:30 (16:30Z), warned from 11:00.
 */
import { act, cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { CountdownList, type CountdownListProps } from '../../components/CountdownList';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { newYorkDesk, northwindStandards } from '../builders/standards';
import { makeTicket } from '../builders/ticket';

const mayaAsks: Partial<TicketSnapshot> = {
  priority: 'high',
  createdAt: '2026-11-30T14:30:00Z',
  lastAgentReplyAt: undefined,
  lastCustomerMessageAt: '2026-11-30T14:30:00Z',
};

function props(ticket: Partial<TicketSnapshot> = {}): CountdownListProps {
  return {
    ticket: makeTicket({ ...mayaAsks, ...ticket }),
    standards: northwindStandards,
    calendars: [newYorkDesk],
    firstSeenAt: '2026-11-30T14:31:00Z',
    locale: 'en-GB',
    agentTimeZone: 'America/New_York',
  };
}

function rowOf(metric: string): HTMLElement {
  const row = screen.getByText(metric, { selector: '.countdown-metric' }).closest('li');
  if (!row) throw new Error(`no row for ${metric}`);
  return row;
}

function tick(seconds = 1) {
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the clock ticks every second', () => {
  test('the time left counts down second by second', () => {
    vi.setSystemTime(new Date('2026-11-30T16:29:00Z'));
    render(<CountdownList {...props()} />);
    const row = rowOf('First reply');
    expect(within(row).getByText('1 min left')).toBeTruthy();
    tick();
    expect(within(row).getByText('59 s left')).toBeTruthy();
    tick();
    expect(within(row).getByText('58 s left')).toBeTruthy();
  });

  test.each<[string, string, string, string]>([
    // 30 min 1 s left is on track; exactly 30 min left is the warning; the due instant is the breach.
    ['on track turns to due soon at 11:00', '2026-11-30T15:59:59Z', 'On track', 'Due soon'],
    ['due soon turns to breached at 11:30', '2026-11-30T16:29:59Z', 'Due soon', 'Breached 0 s ago'],
  ])('%s', (_case, start, before, after) => {
    vi.setSystemTime(new Date(start));
    render(<CountdownList {...props()} />);
    const state = () => rowOf('First reply').querySelector('.countdown-state')?.textContent;
    expect(state()).toBe(before);
    tick();
    expect(state()).toBe(after);
    expect(rowOf('First reply').className).toContain(
      after === 'Due soon' ? 'countdown-warning' : 'countdown-breached',
    );
  });

  test('a tick re-renders the list, not the panel around it', () => {
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
    let panelRenders = 0;
    function Panel() {
      panelRenders += 1;
      return (
        <main>
          <h1>Refund for double charge</h1>
          <CountdownList {...props()} />
        </main>
      );
    }
    render(<Panel />);
    tick(3);
    expect(panelRenders).toBe(1);
    expect(within(rowOf('First reply')).getByText('1 h 29 min left')).toBeTruthy();
  });

  test('the clock stops when the list goes away', () => {
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
    const timersBefore = vi.getTimerCount();
    const { unmount } = render(<CountdownList {...props()} />);
    expect(vi.getTimerCount()).toBe(timersBefore + 1);
    unmount();
    // Let Preact's own after-paint timers run out first.
    vi.advanceTimersByTime(100);
    expect(vi.getTimerCount()).toBe(timersBefore);
  });
});

describe('what the agent reads', () => {
  test('the standard, each target by name, its state in words and when it is due', () => {
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
    render(<CountdownList {...props()} />);
    expect(screen.getByText('Email and web form')).toBeTruthy();
    expect(screen.getByText('Deadline with guidance')).toBeTruthy();
    const row = rowOf('First reply');
    expect(row.querySelector('.countdown-state')?.textContent).toBe('On track');
    expect(row.querySelector('.countdown-state svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(within(row).getByText('1 h 30 min left')).toBeTruthy();
    expect(within(row).getByText('due Mon 11:30')).toBeTruthy();
  });

  test('overnight: paused until the opening, with the wall-clock time to the deadline', () => {
    // Asked 15:45, 1 h 15 min used on Monday; 45 min left, due Tuesday 09:45.
    vi.setSystemTime(new Date('2026-11-30T23:00:00Z'));
    render(<CountdownList {...props({ createdAt: '2026-11-30T20:45:00Z' })} />);
    const row = rowOf('First reply');
    expect(row.querySelector('.countdown-state')?.textContent).toBe('Paused until Tue 09:00');
    expect(within(row).getByText('45 min left')).toBeTruthy();
    expect(within(row).getByText('15 h 45 min on the clock')).toBeTruthy();
  });

  test('an agent in another zone is told which zone the times are in', () => {
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
    render(<CountdownList {...props()} agentTimeZone="Europe/London" />);
    expect(within(rowOf('First reply')).getByText('due Mon, 11:30 GMT-5')).toBeTruthy();
  });

  test('a status the standard pauses on: paused, with no figure that would keep counting', () => {
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
    render(<CountdownList {...props({ status: 'pending' })} />);
    const row = rowOf('First reply');
    expect(row.querySelector('.countdown-state')?.textContent).toBe('Paused while Pending');
    expect(row.querySelector('.countdown-left')).toBeNull();
  });

  test('a clock started when Touchpoint first saw the ticket is marked approximate, and says why', () => {
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
    render(<CountdownList {...props({ createdAt: undefined })} />);
    const marker = rowOf('First reply').querySelector('.countdown-approximate');
    expect(marker?.textContent).toContain('Approximate');
    expect(marker?.getAttribute('title')).toMatch(/clock started when Touchpoint first saw the ticket/);
    expect(marker?.querySelector('.visually-hidden')?.textContent).toMatch(
      /page did not show when this began/,
    );
  });

  test('most urgent first', () => {
    // An urgent outage reported at 09:00, answered 09:25, customer wrote 09:50; read at 10:00.
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
    render(
      <CountdownList
        {...props({
          tags: ['outage'],
          priority: 'urgent',
          createdAt: '2026-11-30T14:00:00Z',
          lastAgentReplyAt: '2026-11-30T14:25:00Z',
          lastCustomerMessageAt: '2026-11-30T14:50:00Z',
        })}
      />,
    );
    const metrics = screen
      .getAllByRole('listitem')
      .map((row) => row.querySelector('.countdown-metric')?.textContent);
    expect(metrics).toEqual(['Periodic update', 'Next reply', 'Resolution', 'First reply']);
  });

  test('a discretion standard shows the time elapsed and the aim, never a breach', () => {
    vi.setSystemTime(new Date('2026-11-30T19:30:00Z'));
    render(<CountdownList {...props({ channel: 'social', tags: [], createdAt: '2026-11-30T14:00:00Z' })} />);
    const row = rowOf('First reply');
    expect(row.querySelector('.countdown-state')?.textContent).toBe('At your discretion');
    expect(within(row).getByText('5 h 30 min elapsed · aim for 4 h')).toBeTruthy();
  });
});

describe('the charter', () => {
  test('is there on demand', () => {
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
    render(<CountdownList {...props()} />);
    const charter = screen.getByText('Guidance: when discretion is allowed').closest('details');
    expect(charter?.open).toBe(false);
    expect(charter?.textContent).toContain('a short holding reply that says when you will be back counts');
  });

  test('opens by itself when a flexible standard’s target is overdue', () => {
    vi.setSystemTime(new Date('2026-11-30T16:29:59Z'));
    render(<CountdownList {...props()} />);
    const charter = () => screen.getByText('Guidance: when discretion is allowed').closest('details');
    expect(charter()?.open).toBe(false);
    tick();
    expect(charter()?.open).toBe(true);
  });
});

describe('when there is no countdown', () => {
  test.each<[string, Partial<CountdownListProps>, string]>([
    ['no standards loaded', { standards: [] }, 'No response standards are loaded.'],
    [
      'no standard matches',
      { ticket: makeTicket({ channel: 'chat', tags: [] }) },
      'No response standard applies to this ticket.',
    ],
    [
      'the calendar is not loaded',
      { calendars: [] },
      'This standard counts business hours on the calendar “ny-desk”, which no loaded pack provides, so its times cannot be shown.',
    ],
    [
      'replied: the target is met',
      { ticket: makeTicket({ ...mayaAsks, lastAgentReplyAt: '2026-11-30T14:50:00Z' }) },
      'Met',
    ],
    [
      'solved without a reply: nothing left running',
      { ticket: makeTicket({ ...mayaAsks, status: 'solved' }) },
      'No target of this standard is running on this ticket.',
    ],
  ])('%s', (_case, overrides, text) => {
    vi.setSystemTime(new Date('2026-11-30T15:00:00Z'));
    render(<CountdownList {...props()} {...overrides} />);
    expect(screen.getByText(text)).toBeTruthy();
  });
});
