import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';

import { ExtractionHealth } from '../../components/ExtractionHealth';
import type { HelpdeskHealth } from '../../lib/hub/extraction-health';

afterEach(cleanup);

const rates = (priority: number) => ({
  subject: 1,
  requester: 1,
  priority,
  status: 1,
  tags: 0.9,
  createdAt: 0.6,
  latestCustomerMessage: 1,
});

const zendesk: HelpdeskHealth = {
  helpdesk: 'zendesk',
  today: { tickets: 9, unreadable: 2, rates: rates(0.11) },
  earlier: { tickets: 70, unreadable: 0, rates: rates(1) },
  falling: ['priority'],
};

test('each helpdesk gets a table of fields, today against the week before, with the falling one said in words', () => {
  render(<ExtractionHealth health={[zendesk]} helpdeskName={() => 'Zendesk'} />);
  const table = screen.getByRole('table', { name: /Zendesk: 9 tickets read today/ });
  expect(table.querySelector('caption')?.textContent).toContain('reading is falling for priority');
  const priority = within(table).getByRole('row', { name: /Priority/ });
  expect(priority.textContent).toBe('Priority11 % ↓ falling100 %');
  expect(within(table).getByRole('row', { name: /Subject/ }).textContent).toBe('Subject100 %100 %');
});

test('before any ticket was read, it says so', () => {
  render(<ExtractionHealth health={[]} helpdeskName={(id) => id} />);
  expect(screen.getByText(/No helpdesk ticket has been read/)).toBeTruthy();
});
