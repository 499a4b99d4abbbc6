import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { SidePanel, type SidePanelProps } from '../../components/SidePanel';
import { helpdeskNames } from '../../lib/helpdesks/names';
import type { PanelView } from '../../lib/hub/panel-view';
import type { PanelActivity } from '../../lib/messages';
import { activePackContent } from '../../lib/packs/active-content';
import { packSchema } from '../../lib/packs/pack-schema';
import { acmeDesk } from '../builders/helpdesk-rules';
import { makePackInput } from '../builders/pack';
import { makeTicket } from '../builders/ticket';

const names: Record<string, string> = { zendesk: 'Zendesk', salesforce: 'Salesforce' };
const helpdeskName = (id: string) => names[id] ?? id;

const now = Date.parse('2026-11-26T11:00:00Z');
const billingPack = packSchema.parse(makePackInput());
const installed = {
  [billingPack.id]: {
    pack: billingPack,
    source: { kind: 'file' as const, fileName: 'billing.json' },
    installedAt: now,
  },
};

function renderPanel(view: PanelView, overrides: Partial<SidePanelProps> = {}) {
  return render(
    <SidePanel
      view={view}
      helpdeskName={helpdeskName}
      helpdeskNames={helpdeskNames()}
      content={activePackContent({})}
      now={now}
      locale="en-GB"
      onInsert={() => undefined}
      onOfferEvent={() => undefined}
      onActivity={() => undefined}
      onExportCustomer={async () => '{}'}
      deadlines={[]}
      onOpenTab={() => undefined}
      onForgetCustomer={async () => undefined}
      insertStatus=""
      {...overrides}
    />,
  );
}

afterEach(cleanup);

describe('states without a ticket', () => {
  test('names the helpdesks a pack declares among those to open a ticket in', () => {
    renderPanel(
      { kind: 'no-helpdesk' },
      { helpdeskNames: helpdeskNames({ overrides: [], declared: [acmeDesk] }) },
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Open a ticket in Zendesk, Salesforce, Freshdesk or Acme Desk',
    );
  });

  test.each<[string, PanelView, string]>([
    ['no helpdesk tab', { kind: 'no-helpdesk' }, 'Open a ticket in Zendesk, Salesforce or Freshdesk'],
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
        tabId: 9,
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

  test('with no pack and no history yet, the four sections say so instead of showing sample data', () => {
    renderPanel({ kind: 'ticket', tabId: 7, snapshot: makeTicket() });
    const sections = screen
      .getAllByRole('region')
      .filter((region) => region.classList.contains('panel-section'));
    expect(sections.map((section) => section.getAttribute('aria-labelledby'))).toEqual([
      'countdowns-title',
      'history-title',
      'knowledge-title',
      'offers-title',
    ]);
    expect(sections.map((section) => section.textContent)).toEqual([
      expect.stringContaining('No response standards are loaded'),
      expect.stringContaining('Looking up this customer'),
      expect.stringContaining('No knowledge pack is loaded'),
      expect.stringContaining('Looking up what this customer owns'),
    ]);
  });

  test("with a pack installed, the ticket's snippets show and Insert hands on the filled text", () => {
    const inserted: string[] = [];
    const activity: PanelActivity[] = [];
    renderPanel(
      { kind: 'ticket', tabId: 7, snapshot: makeTicket() },
      {
        content: activePackContent(installed),
        onInsert: (text) => inserted.push(text),
        onActivity: (event) => activity.push(event),
      },
    );
    const knowledge = screen.getByRole('region', { name: 'Knowledge' });
    expect(knowledge.textContent).toContain('Duplicate charge on an invoice');
    within(knowledge)
      .getAllByRole('button', { name: /Insert/ })[0]!
      .click();
    expect(inserted[0]).toMatch(/Maya|4512/);
    // What was suggested and what was used, for "My day": the pack and snippet, never the text.
    expect(activity[0]).toMatchObject({ kind: 'snippet-matched', packId: billingPack.id });
    expect(activity.at(-1)).toEqual({
      kind: 'snippet-inserted',
      helpdesk: 'zendesk',
      ticketId: '4512',
      channel: 'email',
      packId: billingPack.id,
      snippetId: expect.any(String),
      snippetTitle: expect.any(String),
    });
  });

  test('the agent flags a snippet as out of date, with the excerpt they chose, for the team lead', () => {
    const activity: PanelActivity[] = [];
    renderPanel(
      { kind: 'ticket', tabId: 7, snapshot: makeTicket() },
      { content: activePackContent(installed), onActivity: (event) => activity.push(event) },
    );
    const knowledge = screen.getByRole('region', { name: 'Knowledge' });
    fireEvent.click(within(knowledge).getAllByRole('button', { name: /^Flag/ })[0]!);
    const form = within(knowledge).getByRole('form', { name: /^Flag / });
    fireEvent.click(within(form).getByLabelText('Out of date'));
    fireEvent.input(within(form).getByLabelText('What should it say?'), {
      target: { value: 'Refunds now take 5 working days, not 10.' },
    });
    fireEvent.click(within(form).getByLabelText('Include an excerpt of the ticket'));
    fireEvent.input(within(form).getByLabelText(/^Excerpt/), {
      target: { value: 'Could you confirm the refund goes back to the card ending 4417?' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Send to team lead' }));
    expect(activity.at(-1)).toEqual({
      kind: 'snippet-flag',
      packId: billingPack.id,
      snippetId: expect.any(String),
      snippetTitle: expect.any(String),
      flag: 'stale',
      note: 'Refunds now take 5 working days, not 10.',
      excerpt: 'Could you confirm the refund goes back to the card ending 4417?',
    });
    expect(within(knowledge).getByText('Flagged as out of date.')).toBeTruthy();
  });

  test('the agent proposes a snippet; without the box ticked, no ticket text goes with it', () => {
    const activity: PanelActivity[] = [];
    renderPanel(
      { kind: 'ticket', tabId: 7, snapshot: makeTicket() },
      { content: activePackContent(installed), onActivity: (event) => activity.push(event) },
    );
    const knowledge = screen.getByRole('region', { name: 'Knowledge' });
    fireEvent.input(within(knowledge).getByLabelText('Title'), {
      target: { value: 'Refund to a card that has expired' },
    });
    fireEvent.input(within(knowledge).getByLabelText(/What the snippet should say/), {
      target: { value: 'If the card has expired, the bank passes the refund to the new card.' },
    });
    fireEvent.click(within(knowledge).getByRole('button', { name: 'Propose' }));
    expect(activity.at(-1)).toEqual({
      kind: 'snippet-proposal',
      helpdesk: 'zendesk',
      ticketId: '4512',
      title: 'Refund to a card that has expired',
      body: 'If the card has expired, the bank passes the refund to the new card.',
    });
  });

  test('an earlier contact on another channel shows as a continuation banner and in the timeline', () => {
    const phoneTicket = makeTicket({
      ticketId: '4530',
      channel: 'phone',
      subject: 'Callback: refund still not received',
    });
    const earlier = {
      customerId: 'c-maya',
      helpdesk: 'zendesk',
      ticketId: '4512',
      channel: 'email' as const,
      subject: 'Refund for double charge on November invoice',
      status: 'open' as const,
      tags: ['billing', 'refund'],
      createdAt: now - 3 * 3_600_000,
      updatedAt: now - 2 * 3_600_000,
      url: 'https://northwind.zendesk.com/agent/tickets/4512',
    };
    renderPanel(
      { kind: 'ticket', tabId: 7, snapshot: phoneTicket },
      {
        history: {
          requesterIdentified: true,
          customer: { id: 'c-maya', name: 'Maya Okafor', identities: [] },
          interactions: [earlier],
          productsOwned: [],
          repeatContacts: 2,
          continuation: { interaction: earlier, reason: 'refund' },
        },
      },
    );
    expect(
      screen.getByRole('complementary', { name: 'Continues a recent conversation' }).textContent,
    ).toContain('#4512');
    expect(screen.getByRole('region', { name: 'Customer history' }).textContent).toContain(
      'Refund for double charge on November invoice',
    );
  });

  test('the outcome of an Insert is announced', () => {
    renderPanel(
      { kind: 'ticket', tabId: 7, snapshot: makeTicket() },
      { insertStatus: 'Inserted into the reply.' },
    );
    expect(screen.getByRole('status').textContent).toBe('Inserted into the reply.');
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

describe('when Touchpoint cannot read the page well (issue #8)', () => {
  const pageReport = {
    request: async () => ({ ok: false as const, reason: 'the helpdesk tab is closed' }),
    download: () => undefined,
    copy: async () => undefined,
  };

  test.each<[string, Partial<Parameters<typeof makeTicket>[0]>, string]>([
    ['no priority', { priority: undefined }, "Touchpoint couldn't read: priority."],
    [
      'no status and no way to reach the customer',
      { status: undefined, requester: { name: 'Maya Okafor' } },
      "Touchpoint couldn't read: status, requester email or phone.",
    ],
  ])('a ticket read without %s offers "Report this page" in its header', (_case, missing, text) => {
    renderPanel({ kind: 'ticket', tabId: 7, snapshot: makeTicket(missing) }, { pageReport });
    const header = screen.getByRole('banner');
    const offer = within(header).getByRole('region', { name: 'Report this page' });
    expect(offer.textContent).toContain(
      `${text} The report holds the page's structure, not the customer's text.`,
    );
    expect(within(offer).getByRole('button', { name: 'Report this page' })).toBeTruthy();
  });

  test('a ticket read in full offers nothing', () => {
    renderPanel({ kind: 'ticket', tabId: 7, snapshot: makeTicket() }, { pageReport });
    expect(screen.queryByRole('button', { name: 'Report this page' })).toBeNull();
  });

  test('a page whose ticket could not be read offers it under the explanation, and reports that tab', async () => {
    const request = vi.fn(pageReport.request);
    renderPanel(
      {
        kind: 'unreadable',
        tabId: 9,
        helpdeskName: 'Zendesk',
        reason: 'The ticket is still loading or its fields could not be found.',
      },
      { pageReport: { ...pageReport, request } },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Report this page' }));
    expect(request).toHaveBeenCalledWith(9);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not report this page: the helpdesk tab is closed.',
    );
  });
});

describe("fields a pack's override read", () => {
  test('are named in one discreet line of the header, with the pack', () => {
    renderPanel({
      kind: 'ticket',
      tabId: 7,
      snapshot: makeTicket(),
      overrides: [
        { field: 'priority', packName: 'Northwind Support' },
        { field: 'status', packName: 'Northwind Support' },
      ],
    });
    const note = screen.getByText(/read with an override/);
    expect(note.textContent).toBe('Priority and status read with an override from Northwind Support');
    expect(screen.getByRole('banner').contains(note)).toBe(true);
  });

  test('without overrides, no such line', () => {
    renderPanel({ kind: 'ticket', tabId: 7, snapshot: makeTicket() });
    expect(screen.queryByText(/override/)).toBeNull();
  });
});
