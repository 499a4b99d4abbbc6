import type { DemoZendeskTicket } from '../data';
import type { DemoClock } from './clock';
import { element } from './dom';

export interface DemoView {
  id: string;
  title: string;
  includes(ticket: DemoZendeskTicket): boolean;
}

export const demoViews: readonly DemoView[] = [
  { id: '360001', title: 'Your unsolved tickets', includes: (ticket) => ticket.status !== 'Solved' },
  { id: '360002', title: 'Unassigned tickets', includes: (ticket) => ticket.status === 'New' },
  { id: '360003', title: 'Pending tickets', includes: (ticket) => ticket.status === 'Pending' },
];

export const landingPath = `/agent/filters/${demoViews[0]?.id ?? '360001'}`;

function ticketRow(ticket: DemoZendeskTicket, clock: DemoClock): HTMLElement {
  return element(
    'tr',
    { 'data-test-id': 'generic-table-row', 'data-ticket-id': String(ticket.id) },
    element(
      'td',
      {},
      element(
        'span',
        {
          'data-cy-test-id': 'status-badge-state',
          class: `status-badge status-${ticket.status.toLowerCase()}`,
          title: ticket.status,
        },
        ticket.status.slice(0, 1),
      ),
    ),
    element('td', { class: 'ticket-id' }, `#${ticket.id}`),
    element(
      'td',
      {},
      element(
        'a',
        { href: `/agent/tickets/${ticket.id}`, 'data-test-id': 'ticket-title-link', class: 'ticket-link' },
        ticket.subject,
      ),
    ),
    element('td', {}, ticket.customer.name),
    element(
      'td',
      {},
      element(
        'time',
        { datetime: clock.instant(ticket.minutesAgoCreated), title: clock.full(ticket.minutesAgoCreated) },
        clock.relative(ticket.minutesAgoCreated),
      ),
    ),
    element('td', {}, ticket.priority ?? '-'),
  );
}

/** A view ("filter"): the list of tickets agents open work from. */
export function viewPage(
  view: DemoView,
  tickets: readonly DemoZendeskTicket[],
  clock: DemoClock,
): HTMLElement {
  const shown = tickets.filter(view.includes);
  return element(
    'div',
    { class: 'workspace filters', 'data-test-id': 'views-workspace' },
    element(
      'nav',
      { 'data-test-id': 'views-list', class: 'views-list', 'aria-label': 'Views' },
      element('h2', {}, 'Views'),
      ...demoViews.map((other) =>
        element(
          'a',
          {
            href: `/agent/filters/${other.id}`,
            'data-test-id': 'views-list-item',
            ...(other.id === view.id ? { 'aria-current': 'page' } : {}),
          },
          element('span', {}, other.title),
          element('span', { class: 'count' }, String(tickets.filter(other.includes).length)),
        ),
      ),
    ),
    element(
      'section',
      { 'data-test-id': 'views-table', class: 'views-table', 'aria-label': view.title },
      element('h1', { 'data-test-id': 'views-header-title' }, view.title),
      element('p', { class: 'views-count' }, `${shown.length} tickets`),
      element(
        'table',
        { 'data-test-id': 'table' },
        element(
          'thead',
          {},
          element(
            'tr',
            {},
            ...['Status', 'ID', 'Subject', 'Requester', 'Requested', 'Priority'].map((heading) =>
              element('th', { scope: 'col' }, heading),
            ),
          ),
        ),
        element('tbody', {}, ...shown.map((ticket) => ticketRow(ticket, clock))),
      ),
    ),
  );
}
