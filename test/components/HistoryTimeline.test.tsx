import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';

import { HistoryTimeline } from '../../components/HistoryTimeline';
import type { CustomerHistory } from '../../lib/history/queries';
import { makeHistory, makeInteraction, NOW } from '../builders/history';

const names: Record<string, string> = { zendesk: 'Zendesk', salesforce: 'Salesforce' };
const helpdeskName = (id: string) => names[id] ?? id;

function renderTimeline(history: CustomerHistory) {
  return render(<HistoryTimeline history={history} now={NOW} helpdeskName={helpdeskName} />);
}

afterEach(cleanup);

describe("Maya's history on her callback", () => {
  test('lists her earlier contacts newest first, each with channel, helpdesk, status and time', () => {
    renderTimeline(makeHistory());

    const contacts = within(
      screen.getByRole('list', { name: 'Earlier contacts, newest first' }),
    ).getAllByRole('listitem');
    expect(contacts.map((contact) => contact.querySelector('.contact-facts')?.textContent)).toEqual([
      'Email · Zendesk #4512 · Open · 35 min ago',
      'Web form · Salesforce Case 00104225 · Open · 1 day ago',
    ]);
    expect(contacts[0]?.querySelector('.contact-excerpt')?.textContent).toBe(
      'Thanks Sam. Could you confirm the refund goes back to the card ending 4417 and not to account credit?',
    );
  });

  test('gives each contact the exact time behind the relative one', () => {
    renderTimeline(makeHistory());
    const time = screen.getByText('35 min ago');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2026-11-26T10:47:00.000Z');
    expect(time.getAttribute('title')).toMatch(/2026/);
  });

  test.each([
    [
      'Refund for double charge on November invoice (Zendesk #4512, opens in a new tab)',
      'https://northwind.zendesk.com/agent/tickets/4512',
    ],
    [
      'Upgrade to Fibre 500 plan (Salesforce Case 00104225, opens in a new tab)',
      'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7c2AAB/view',
    ],
  ])('links back to %s', (name, href) => {
    renderTimeline(makeHistory());
    const link = screen.getByRole('link', { name });
    expect(link.getAttribute('href')).toBe(href);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
  });

  test('shows who she is known as, how often she came back, and what she owns', () => {
    renderTimeline(makeHistory());
    expect(screen.getByText('Known by email maya.okafor@example.com, phone +1 415 555 0143')).toBeTruthy();
    expect(screen.getByText('3rd contact in 30 days')).toBeTruthy();
    const products = within(screen.getByRole('list', { name: 'Products owned' })).getAllByRole('listitem');
    expect(products.map((product) => product.textContent)).toEqual(['fibre-100', 'router-x2']);
  });

  test("names what she owns from the packs' catalogues, and a product no pack names by its id", () => {
    render(
      <HistoryTimeline
        history={makeHistory()}
        now={Date.parse('2026-11-26T11:22:00.000Z')}
        helpdeskName={(id) => id}
        productNames={new Map([['router-x2', 'Router X2 (Wi-Fi 6)']])}
      />,
    );
    const products = within(screen.getByRole('list', { name: 'Products owned' })).getAllByRole('listitem');
    expect(products.map((product) => product.textContent)).toEqual(['fibre-100', 'Router X2 (Wi-Fi 6)']);
  });
});

test.each([
  [2, '2nd contact in 30 days'],
  [4, '4th contact in 30 days'],
  [11, '11th contact in 30 days'],
  [21, '21st contact in 30 days'],
  [23, '23rd contact in 30 days'],
])('%i contacts in 30 days read "%s"', (repeatContacts, text) => {
  renderTimeline(makeHistory({ repeatContacts }));
  expect(screen.getByText(text)).toBeTruthy();
});

describe('states without earlier contacts', () => {
  const empty = 'No earlier contacts with this customer are recorded in this browser yet.';
  test.each<[string, Partial<CustomerHistory>, string]>([
    [
      'a known customer with only this ticket',
      { interactions: [], productsOwned: [], repeatContacts: 1 },
      empty,
    ],
    [
      'a requester not recorded yet',
      {
        customer: undefined,
        interactions: [],
        productsOwned: [],
        repeatContacts: 1,
        continuation: undefined,
      },
      empty,
    ],
    [
      'a requester without email, phone or handle',
      {
        requesterIdentified: false,
        customer: undefined,
        interactions: [],
        productsOwned: [],
        repeatContacts: 1,
        continuation: undefined,
      },
      'This ticket shows no email, phone number or handle for the requester, so their earlier contacts cannot be looked up.',
    ],
  ])('%s', (_case, overrides, text) => {
    renderTimeline(makeHistory(overrides));
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Earlier contacts, newest first' })).toBeNull();
    expect(screen.queryByText(/contact in 30 days/)).toBeNull();
  });
});

test('page text is shown as text, never as markup', () => {
  const hostile = makeInteraction({
    subject: '<img src=x onerror="alert(1)">Refund',
    excerpt: '<script>steal()</script>',
  });
  const { container } = renderTimeline(makeHistory({ interactions: [hostile] }));
  expect(container.querySelector('img, script')).toBeNull();
  expect(screen.getByText('<script>steal()</script>')).toBeTruthy();
});
