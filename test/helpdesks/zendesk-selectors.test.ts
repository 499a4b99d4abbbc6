import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from 'vitest';

import { zendeskSelectors } from '../../lib/helpdesks/zendesk-selectors';

const fixtureDir = join(import.meta.dirname, '../fixtures/zendesk');
const pages = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({
    name,
    doc: new DOMParser().parseFromString(readFileSync(join(fixtureDir, name), 'utf8'), 'text/html'),
  }));

const { log, activeLayout, conversationAnchor, workspace, ...fieldSelectors } = zendeskSelectors;

function named(name: string, list: readonly string[]): [string, string][] {
  return list.map((selector, index) => [`${name}[${index}]`, selector]);
}

/** Every alternative, named by its place in the selectors object. */
const alternatives: [string, string][] = [
  ...Object.entries(fieldSelectors).flatMap(([key, list]) => named(key, list)),
  ...Object.entries(log).flatMap(([key, value]) =>
    named(`log.${key}`, typeof value === 'string' ? [value] : value),
  ),
  ...named('workspace', [workspace]),
  ...named('activeLayout(48213)', activeLayout('48213')),
  ...named('conversationAnchor(31877)', conversationAnchor('31877')),
];

// A selector no stored page exercises is unproven: add a fixture of its UI era or drop it (style.md, practice 4).
test.each(alternatives)('%s (%s) matches in at least one fixture page', (_name, selector) => {
  const matchedIn = pages.filter(({ doc }) => doc.querySelector(selector)).map(({ name }) => name);
  expect(matchedIn).not.toEqual([]);
});
