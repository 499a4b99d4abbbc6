import { expect, test } from 'vitest';

import { loadDemoSnippets } from './demo-snippets';
import { loadLabelledQueries, loadLabelledTickets, topThreeHitRate, typedTopThreeHitRate } from './relevance';

const snippets = loadDemoSnippets();
const labelledSets = [
  {
    name: 'tickets',
    cases: loadLabelledTickets().map((ticket) => ({ label: ticket.subject, expected: ticket.expected })),
    report: () => topThreeHitRate(snippets, loadLabelledTickets()),
  },
  {
    name: 'typed queries',
    cases: loadLabelledQueries().map((query) => ({ label: query.query, expected: query.expected })),
    report: () => typedTopThreeHitRate(snippets, loadLabelledQueries()),
  },
];

test.each(labelledSets)(
  'the labelled $name are many enough to mean something, and name snippets that exist',
  ({ cases }) => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const ids = new Set(snippets.map((snippet) => snippet.id));
    for (const { label, expected } of cases) {
      for (const id of expected) expect(ids, `"${label}" expects "${id}"`).toContain(id);
    }
  },
);

test.each(labelledSets)(
  'for the labelled $name, the snippet wanted is in the top 3 at least 80% of the time',
  ({ report }) => {
    const { misses, topThreeHitRate } = report();
    expect(misses).toEqual([]);
    expect(topThreeHitRate).toBeGreaterThanOrEqual(0.8);
  },
);
