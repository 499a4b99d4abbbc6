// @vitest-environment jsdom
// The card renders Markdown through DOMPurify, which does not support happy-dom (cure53/DOMPurify#1457).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { SnippetCard } from '../../components/SnippetCard';
import { placeholderValuesFor } from '../../lib/knowledge/placeholders';
import type { Snippet } from '../../lib/packs/snippet-schema';
import { makeTicket } from '../builders/ticket';

const refundTimeline: Snippet = {
  id: 'refund-timeline-en',
  title: 'Refund timeline for a duplicate charge',
  body: 'Hi {{requester.firstName | "there"}},\n\nThe refund reaches your card in **3–5 business days**.\n\n- Ticket {{ticket.id}}\n\n[Refund help](https://help.northwind-broadband.example/billing/refund-timeline)\n\n{{agent.name}}',
  category: 'billing',
  tags: ['billing', 'refund'],
  products: [],
  channels: [],
  locale: 'en',
  owner: 'Billing team',
  updatedAt: '2026-09-14',
  reviewedAt: '2026-10-02',
  teams: [],
};
const shippingDelay: Snippet = {
  ...refundTimeline,
  id: 'shipping-delay-trace-en',
  title: 'Order delayed — carrier trace opened',
  body: 'Hi {{requester.firstName | "there"}}, your order **{{order.number}}** is being traced ({{carrier.name}}).',
  category: 'shipping',
};
const values = placeholderValuesFor(makeTicket(), { name: 'Sam Patel' });

function renderCard(snippet: Snippet, options: { stale?: boolean; reasons?: string[] } = {}) {
  const onInsert = vi.fn<(text: string, snippet: Snippet) => void>();
  render(
    <SnippetCard
      ranked={{ snippet, reasons: options.reasons ?? [] }}
      stale={options.stale ?? false}
      values={values}
      locale="en-GB"
      onInsert={onInsert}
    />,
  );
  return { onInsert, card: screen.getByRole('article') };
}

afterEach(cleanup);

describe('what the card shows', () => {
  test('title, category, preview, reasons, owner and review date', () => {
    const { card } = renderCard(refundTimeline, {
      reasons: ["matches 'refund' in the subject", 'written for email'],
    });
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(
      'Refund timeline for a duplicate charge',
    );
    expect(card.querySelector('.snippet-category')?.textContent).toBe('billing');
    expect(card.querySelector('.snippet-preview strong')?.textContent).toBe('3–5 business days');
    expect(card.querySelector('.snippet-preview')?.textContent).toContain('Hi Maya,');
    const link = within(card).getByRole('link', { name: 'Refund help' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toContain("matches 'refund' in the subject");
    expect(card.querySelector('.snippet-review')?.textContent).toBe('Billing team · reviewed 2 Oct 2026');
    expect(screen.queryByText('Stale: review overdue')).toBeNull();
  });

  test('flags a snippet whose review is overdue, in words', () => {
    renderCard(refundTimeline, { stale: true });
    expect(screen.getByText('Stale: review overdue')).toBeTruthy();
  });
});

describe('inserting', () => {
  const expected =
    'Hi Maya,\n\nThe refund reaches your card in 3–5 business days.\n\n• Ticket 4512\n\nRefund help (https://help.northwind-broadband.example/billing/refund-timeline)\n\nSam Patel';

  test('Insert gives plain text with the placeholders filled', () => {
    const { onInsert } = renderCard(refundTimeline);
    fireEvent.click(screen.getByRole('button', { name: /^Insert/ }));
    expect(onInsert).toHaveBeenCalledWith(expected, refundTimeline);
  });

  test('Enter on the focused card inserts it', () => {
    const { onInsert, card } = renderCard(refundTimeline);
    card.focus();
    fireEvent.keyDown(card, { key: 'Enter' });
    expect(onInsert).toHaveBeenCalledWith(expected, refundTimeline);
  });

  test('asks for placeholders the ticket cannot fill, and never inserts them raw', () => {
    const { onInsert } = renderCard(shippingDelay);
    fireEvent.click(screen.getByRole('button', { name: /^Insert/ }));
    expect(onInsert).not.toHaveBeenCalled();
    const form = screen.getByRole('form', { name: /Fill in before inserting/ });
    const submit = within(form).getByRole('button', { name: 'Insert' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(within(form).getByLabelText('order.number'), { target: { value: 'SO-44120' } });
    fireEvent.submit(form);
    expect(onInsert).not.toHaveBeenCalled();
    fireEvent.input(within(form).getByLabelText('carrier.name'), { target: { value: 'Parcelink' } });
    fireEvent.submit(form);
    expect(onInsert).toHaveBeenCalledWith(
      'Hi Maya, your order SO-44120 is being traced (Parcelink).',
      shippingDelay,
    );
  });

  test('Escape closes the placeholder form without inserting', () => {
    const { onInsert, card } = renderCard(shippingDelay);
    fireEvent.keyDown(card, { key: 'Enter' });
    fireEvent.keyDown(screen.getByLabelText('order.number'), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(onInsert).not.toHaveBeenCalled();
  });
});

test('a hostile snippet renders nothing executable and nothing outside the card', () => {
  const hostile: Snippet = {
    ...refundTimeline,
    title: '<img src=x onerror=alert(1)>Refund',
    body: '<script>alert(1)</script>\n\n[click](javascript:alert(1)) <svg onload=alert(1)>\n\n<iframe src="https://evil.example"></iframe><form><input name=card></form>\n\n![x](https://track.example/pixel.png)',
  };
  const { card } = renderCard(hostile);
  expect(card.querySelector('h3')?.textContent).toBe('<img src=x onerror=alert(1)>Refund');
  expect(document.querySelectorAll('script, img, svg, iframe, form, input, style').length).toBe(0);
  for (const element of document.body.querySelectorAll('*')) {
    expect([...element.attributes].filter((attribute) => attribute.name.startsWith('on'))).toEqual([]);
  }
  expect(within(card).getByText('click').getAttribute('href')).toBeNull();
});

test("a requester name written as Markdown stays text in the preview, never the customer's link", () => {
  const hostileValues = placeholderValuesFor(
    makeTicket({ requester: { name: '[Refund](https://evil.example) **Maya**' } }),
  );
  render(
    <SnippetCard
      ranked={{ snippet: refundTimeline, reasons: [] }}
      stale={false}
      values={hostileValues}
      locale="en-GB"
      onInsert={vi.fn()}
    />,
  );
  const preview = screen.getByRole('article').querySelector('.snippet-preview')!;
  expect([...preview.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
    'https://help.northwind-broadband.example/billing/refund-timeline',
  ]);
  expect(preview.textContent).toContain('Hi [Refund](https://evil.example)');
});
