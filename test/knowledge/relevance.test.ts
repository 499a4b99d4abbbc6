import { expect, test } from 'vitest';

import { loadDemoSnippets } from './demo-snippets';
import { loadLabelledQueries, loadLabelledTickets, topThreeHitRate, typedTopThreeHitRate } from './relevance';

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

test('the typed queries are many and each names snippets that exist', () => {
  const queries = loadLabelledQueries();
  expect(queries.length).toBeGreaterThanOrEqual(30);
  const ids = new Set(loadDemoSnippets().map((snippet) => snippet.id));
  for (const query of queries) {
    for (const id of query.expected) expect(ids, `"${query.query}" expects "${id}"`).toContain(id);
  }
});

test('what an agent types finds the snippet they look for in the top 3 for at least 80% of queries', () => {
  const report = typedTopThreeHitRate(loadDemoSnippets(), loadLabelledQueries());
  expect(report.misses).toEqual([]);
  expect(report.topThreeHitRate).toBeGreaterThanOrEqual(0.8);
});
