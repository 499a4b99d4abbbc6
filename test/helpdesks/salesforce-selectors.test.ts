import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from 'vitest';

import { selectors } from '../../lib/helpdesks/salesforce-selectors';

/** Every selector alternative the adapter keeps must still be found in the stored pages (style.md, practice 4). */
const folder = 'test/fixtures/salesforce';
const pages = readdirSync(folder)
  .filter((name) => name.endsWith('.html'))
  .map(
    (name) =>
      [name, new DOMParser().parseFromString(readFileSync(join(folder, name), 'utf8'), 'text/html')] as const,
  );

const alternatives = Object.entries(selectors).flatMap(([key, value]) =>
  (typeof value === 'string' ? [value] : value).map((selector) => [key, selector] as const),
);

test.each(alternatives)('%s: %s matches in at least one fixture page', (_key, selector) => {
  const found = pages.filter(([, doc]) => doc.querySelector(selector) !== null).map(([name]) => name);
  expect(found, `add a fixture page showing ${selector}, or drop it`).not.toEqual([]);
});
