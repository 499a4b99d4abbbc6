// @vitest-environment jsdom
// Cards render Markdown through DOMPurify, which does not support happy-dom (cure53/DOMPurify#1457).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { type KnowledgeSource, KnowledgeSection } from '../../components/KnowledgeSection';
import type { Snippet } from '../../lib/packs/snippet-schema';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';
import { makeTicket } from '../builders/ticket';
import { loadDemoSnippets } from '../knowledge/demo-snippets';

const demoPack: KnowledgeSource[] = [{ snippets: loadDemoSnippets(), reviewIntervalDays: 180 }];
const now = new Date('2026-11-26T09:00:00Z');

function renderSection(
  options: { sources?: KnowledgeSource[]; ticket?: TicketSnapshot; locale?: string } = {},
) {
  const onInsert = vi.fn<(text: string, snippet: Snippet) => void>();
  render(
    <div>
      <button type="button">Elsewhere in the panel</button>
      <KnowledgeSection
        sources={options.sources ?? demoPack}
        ticket={options.ticket ?? makeTicket()}
        locale={options.locale ?? 'en-GB'}
        agentName="Sam Patel"
        now={now}
        onInsert={onInsert}
      />
    </div>,
  );
  return { onInsert };
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search knowledge' });

const cardTitles = () =>
  screen.queryAllByRole('article').map((card) => within(card).getByRole('heading', { level: 3 }).textContent);

afterEach(cleanup);

describe('before the agent types', () => {
  test('shows the snippets that fit the ticket', () => {
    renderSection();
    expect(cardTitles().slice(0, 2)).toEqual([
      'Refund timeline for a duplicate charge',
      'Refunds go back to the original card, not account credit',
    ]);
    expect(screen.getByRole('status').textContent).toBe('5 snippets');
  });

  test('shows snippets in the agent language', () => {
    renderSection({ locale: 'de-DE' });
    expect(cardTitles()[0]).toBe('Dauer einer Erstattung bei doppelter Abbuchung');
  });

  test('says it is indexing a large pack, then shows what fits', async () => {
    const demo = demoPack[0]!.snippets;
    const snippets = Array.from({ length: 1200 }, (_, position) => {
      const snippet = demo[position % demo.length]!;
      return { ...snippet, id: `${snippet.id}-${position}` };
    });
    renderSection({ sources: [{ snippets }] });
    expect(screen.getByRole('status').textContent).toBe('Indexing 1,200 snippets…');
    expect(cardTitles()).toEqual([]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('5 snippets'), {
      timeout: 10_000,
    });
    expect(cardTitles()[0]).toBe('Refund timeline for a duplicate charge');
  });

  test('says honestly when no pack is loaded', () => {
    renderSection({ sources: [] });
    expect(
      screen.getByText('No knowledge pack is loaded. Your team lead publishes snippets in one.'),
    ).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
  });
});

describe('searching', () => {
  test('finds snippets despite a typo', () => {
    renderSection();
    const search = searchBox();
    fireEvent.input(search, { target: { value: 'mesh extendr' } });
    expect(cardTitles()[0]).toBe('Setting up a Mesh Extender');
  });

  test('says when nothing matches', () => {
    renderSection();
    const search = searchBox();
    fireEvent.input(search, { target: { value: 'xyzzy' } });
    expect(screen.getByRole('status').textContent).toBe("No snippet matches 'xyzzy'.");
    expect(cardTitles()).toEqual([]);
  });

  test('Escape clears the search', () => {
    renderSection();
    const search = searchBox();
    fireEvent.input(search, { target: { value: 'xyzzy' } });
    fireEvent.keyDown(search, { key: 'Escape' });
    expect((search as HTMLInputElement).value).toBe('');
    expect(cardTitles()[0]).toBe('Refund timeline for a duplicate charge');
  });
});

test('browses a category, with stale snippets flagged against the pack interval', () => {
  renderSection();
  fireEvent.click(
    within(screen.getByRole('group', { name: 'Browse by category' })).getByRole('button', {
      name: 'billing',
    }),
  );
  const cards = screen.getAllByRole('article');
  expect(cards.map((card) => card.querySelector('.snippet-category')?.textContent)).toEqual(
    cards.map(() => 'billing'),
  );
  const lateFee = cards.find((card) => card.textContent?.includes('Late payment fee'));
  expect(lateFee?.textContent).toContain('Stale: review overdue');
  const refund = cards.find((card) => card.textContent?.includes('Refund timeline'));
  expect(refund?.textContent).not.toContain('Stale');
});

describe('keyboard', () => {
  test('/ focuses the search from anywhere in the panel', () => {
    renderSection();
    const search = searchBox();
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere in the panel' });
    elsewhere.focus();
    fireEvent.keyDown(elsewhere, { key: '/' });
    expect(document.activeElement).toBe(search);
  });

  test('arrows move between cards and Enter inserts the focused one', () => {
    const { onInsert } = renderSection();
    const search = searchBox();
    const cards = screen.getAllByRole('article');
    search.focus();
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cards[0]);
    fireEvent.keyDown(cards[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cards[1]);
    fireEvent.keyDown(cards[1]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(cards[0]);
    fireEvent.keyDown(cards[0]!, { key: 'Enter' });
    expect(onInsert).toHaveBeenCalledTimes(1);
    const [text, snippet] = onInsert.mock.calls[0]!;
    expect(snippet.id).toBe('refund-timeline-en');
    expect(text.startsWith('Hi Maya,\n\nThank you for your patience.')).toBe(true);
    expect(text).toContain('(ticket 4512)');
    expect(text.endsWith('Best regards,\nSam Patel')).toBe(true);
  });
});

test('a pack with a hostile snippet renders nothing executable', () => {
  const hostile: Snippet = {
    ...demoPack[0]!.snippets[0]!,
    id: 'hostile-en',
    title: 'Refund <svg onload=alert(1)>',
    body: 'refund <img src=x onerror=alert(1)> [x](javascript:alert(1)) <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    tags: ['refund', 'billing', 'invoice'],
  };
  renderSection({ sources: [{ snippets: [hostile] }] });
  expect(screen.getAllByRole('article')).toHaveLength(1);
  expect(document.querySelectorAll('script, img, svg, math, style, iframe').length).toBe(0);
  for (const element of document.body.querySelectorAll('*')) {
    expect([...element.attributes].filter((attribute) => attribute.name.startsWith('on'))).toEqual([]);
  }
});
