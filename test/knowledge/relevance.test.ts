import { expect, test } from 'vitest';

import { loadDemoSnippets } from './demo-snippets';
import { loadLabelledTickets, topThreeHitRate } from './relevance';

test('the labelled set is large enough to mean something', () => {
  const tickets = loadLabelledTickets();
  expect(tickets.length).toBeGreaterThanOrEqual(30);
  const ids = new Set(loadDemoSnippets().map((snippet) => snippet.id));
  for (const ticket of tickets) {
    for (const id of ticket.expected) expect(ids, `"${ticket.subject}" expects "${id}"`).toContain(id);
  }
});

test('an agent finds the snippet they want in the top 3 for at least 80% of tickets', () => {
  const report = topThreeHitRate(loadDemoSnippets(), loadLabelledTickets());
  expect(report.misses).toEqual([]);
  expect(report.topThreeHitRate).toBeGreaterThanOrEqual(0.8);
});
