import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from 'vitest';

import { freshdeskSelectors } from '../../lib/helpdesks/freshdesk-selectors';

/** Every selector the adapter keeps must still be found in the stored pages (style.md, practice 4). */
const fixtureDir = join(import.meta.dirname, '../fixtures/freshdesk');
const pages = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({
    name,
    doc: new DOMParser().parseFromString(readFileSync(join(fixtureDir, name), 'utf8'), 'text/html'),
  }));

/** Every alternative, named by its key; comma-joined lists are checked part by part. */
const alternatives = Object.entries(freshdeskSelectors).flatMap(([key, value]) =>
  (typeof value === 'string' ? value.split(', ') : value).map((selector) => [key, selector] as const),
);

test.each(alternatives)('%s: %s matches in at least one fixture page', (_key, selector) => {
  const matchedIn = pages.filter(({ doc }) => doc.querySelector(selector)).map(({ name }) => name);
  expect(matchedIn, `add a fixture page showing ${selector}, or drop it`).not.toEqual([]);
});
