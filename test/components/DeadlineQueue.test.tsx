import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

import { DeadlineQueue } from '../../components/DeadlineQueue';
import type { DeadlineCountdown, TicketDeadline } from '../../lib/standards/deadlines';

afterEach(cleanup);

const names: Record<string, string> = { zendesk: 'Zendesk', salesforce: 'Salesforce' };

function deadline(
  tabId: number,
  ticket: TicketDeadline['ticket'],
  countdown: Partial<DeadlineCountdown>,
): TicketDeadline {
  const full = {
    standardId: 'high-email',
    metric: 'first_reply',
    kind: 'rigid',
    dueAt: '2026-11-26T12:00:00.000Z',
    businessMsLeft: 0,
    calendarMsLeft: 0,
    state: 'on-track',
    approximate: false,
    warnBeforeMs: 1_800_000,
    warningAt: 0,
    ...countdown,
  } as DeadlineCountdown;
  return { tabId, ticket, countdown: full, countdowns: [full] };
}

const deadlines = [
  deadline(
    4,
    { helpdesk: 'zendesk', ticketId: '4527', subject: 'No internet since 6am — Bristol BS8' },
    { state: 'breached', breachedForMs: 14 * 60_000 },
  ),
  deadline(
    2,
    { helpdesk: 'salesforce', ticketId: '00104217', subject: 'Shipping delay for Mesh Extender order' },
    { state: 'warning', metric: 'next_reply', calendarMsLeft: 12 * 60_000 },
  ),
  deadline(
    7,
    { helpdesk: 'zendesk', ticketId: '4512', subject: 'Refund for double charge on November invoice' },
    {
      calendarMsLeft: 95 * 60_000,
    },
  ),
];

test('lists every open ticket by due time, says how many are breached, and marks the current one', () => {
  render(
    <DeadlineQueue
      deadlines={deadlines}
      helpdeskName={(id) => names[id] ?? id}
      currentTabId={7}
      onOpen={vi.fn()}
    />,
  );
  expect(screen.getByText(/Queue: 3 open tickets by due time, 1 breached/)).toBeTruthy();
  const rows = within(screen.getByRole('list')).getAllByRole('button');
  expect(rows.map((row) => row.textContent)).toEqual([
    'Zendesk #4527No internet since 6am — Bristol BS8First reply: breached 14 min ago',
    'Salesforce Case 00104217Shipping delay for Mesh Extender orderNext reply: 12 min left',
    'Zendesk #4512Refund for double charge on November invoiceFirst reply: 1 h 35 min left',
  ]);
  expect(rows[2]?.getAttribute('aria-current')).toBe('true');
});

test('choosing a ticket opens its tab', () => {
  const onOpen = vi.fn();
  render(<DeadlineQueue deadlines={deadlines} helpdeskName={(id) => names[id] ?? id} onOpen={onOpen} />);
  fireEvent.click(screen.getByRole('button', { name: /Salesforce Case 00104217/ }));
  expect(onOpen).toHaveBeenCalledWith(2);
});

test('with no deadline, there is no queue', () => {
  const { container } = render(<DeadlineQueue deadlines={[]} helpdeskName={(id) => id} onOpen={vi.fn()} />);
  expect(container.textContent).toBe('');
});
