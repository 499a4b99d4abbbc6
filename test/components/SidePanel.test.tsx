import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';

import { SidePanel } from '../../components/SidePanel';
import type { PanelView } from '../../lib/hub/panel-view';
import { makeTicket } from '../builders/ticket';

const names: Record<string, string> = { zendesk: 'Zendesk', salesforce: 'Salesforce' };
const helpdeskName = (id: string) => names[id] ?? id;

function renderPanel(view: PanelView) {
  return render(<SidePanel view={view} helpdeskName={helpdeskName} />);
}

afterEach(cleanup);

describe('states without a ticket', () => {
  test.each<[string, PanelView, string]>([
    ['no helpdesk tab', { kind: 'no-helpdesk' }, 'Open a ticket in Zendesk or Salesforce'],
    [
      'a helpdesk tab not read yet',
      { kind: 'waiting', helpdeskName: 'Salesforce' },
      'Waiting for this Salesforce page',
    ],
    ['a Zendesk view', { kind: 'no-ticket', helpdeskName: 'Zendesk' }, 'No ticket open in this Zendesk tab'],
    [
      'an unreadable ticket',
      {
        kind: 'unreadable',
        helpdeskName: 'Salesforce',
        reason: 'The ticket is still loading or its fields could not be found.',
      },
      'Ticket not recognised on this Salesforce page',
    ],
  ])('%s', (_case, view, heading) => {
    renderPanel(view);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
    expect(screen.queryByRole('heading', { name: 'Customer history' })).toBeNull();
  });
});

describe('a ticket', () => {
  test('shows the header the agent needs at a glance', () => {
    renderPanel({ kind: 'ticket', tabId: 7, snapshot: makeTicket() });
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('heading', { level: 1 }).textContent).toBe(
      'Refund for double charge on November invoice',
    );
    expect(header.textContent).toContain('Zendesk #4512');
    expect(header.textContent).toContain('Maya Okafor');
    expect(header.textContent).toContain('maya.okafor@example.com · +1 415 555 0143');
    const facts = within(screen.getByRole('list', { name: 'Ticket details' })).getAllByRole('listitem');
    expect(facts.map((fact) => fact.textContent)).toEqual(['Email', 'Priority High', 'Status Open']);
  });

  test('a Salesforce case is referred to by its Case Number', () => {
    const snapshot = makeTicket({
      helpdesk: 'salesforce',
      ticketId: '00104217',
      channel: 'phone',
      priority: undefined,
    });
    renderPanel({ kind: 'ticket', tabId: 3, snapshot });
    expect(screen.getByRole('banner').textContent).toContain('Salesforce Case 00104217');
    const facts = within(screen.getByRole('list', { name: 'Ticket details' })).getAllByRole('listitem');
    expect(facts.map((fact) => fact.textContent)).toEqual(['Phone', 'Status Open']);
  });

  test('lays out the four sections with honest empty states, never sample data', () => {
    renderPanel({ kind: 'ticket', tabId: 7, snapshot: makeTicket() });
    const sections = screen.getAllByRole('region');
    expect(sections.map((section) => section.getAttribute('aria-labelledby'))).toEqual([
      'countdowns-title',
      'history-title',
      'knowledge-title',
      'offers-title',
    ]);
    for (const section of sections) expect(section.querySelector('.section-empty')).not.toBeNull();
  });

  test('page text with markup is shown as text, never as HTML', () => {
    const subject = '<img src=x onerror="window.hacked=1"> Refund <script>window.hacked=2</script>';
    renderPanel({
      kind: 'ticket',
      tabId: 7,
      snapshot: makeTicket({ subject, requester: { name: '<b>Maya</b>' } }),
    });
    const header = screen.getByRole('banner');
    expect(header.querySelector('img, script, b')).toBeNull();
    expect(within(header).getByRole('heading', { level: 1 }).textContent).toBe(subject);
    expect(header.textContent).toContain('<b>Maya</b>');
  });

  test('a requester the page did not show is named as unknown', () => {
    renderPanel({ kind: 'ticket', tabId: 7, snapshot: makeTicket({ requester: {} }) });
    expect(screen.getByRole('banner').textContent).toContain('Unknown requester');
  });
});
