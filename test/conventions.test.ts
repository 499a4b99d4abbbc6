import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { adapters, helpdeskFor } from '../lib/helpdesks/index';
import { urlExamples, urlExamplesOf } from './helpdesks/url-examples';

/**
 * Checks on the project's own conventions (style.md, practices 2 and 3): each failure says
 * which fix to make.
 */
const minimumFixtures = 5;

describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))('adapter %s', (id, adapter) => {
  test('lives in lib/helpdesks/<id>.ts', () => {
    expect(existsSync(join('lib/helpdesks', `${id}.ts`)), `create lib/helpdesks/${id}.ts`).toBe(true);
  });

  test(`has at least ${minimumFixtures} fixture pages, each naming its URL`, () => {
    const folder = join('test/fixtures', id);
    const pages = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.html')) : [];
    expect(pages.length, `add realistic pages of ${adapter.name} under ${folder}/`).toBeGreaterThanOrEqual(
      minimumFixtures,
    );
    for (const page of pages) {
      const html = readFileSync(join(folder, page), 'utf8');
      expect(html, `${folder}/${page} needs a "URL: https://…" line in its opening comment`).toMatch(
        /URL: https:\/\/\S+/,
      );
    }
  });

  test('gives example ticket and non-ticket URLs', () => {
    const examples = urlExamplesOf(id);
    const where = `urlExamples.${id} in test/helpdesks/url-examples.ts`;
    expect(examples.ticketUrls.length, `list real ticket URLs in ${where}`).toBeGreaterThan(0);
    expect(examples.nonTicketUrls.length, `list real non-ticket URLs in ${where}`).toBeGreaterThan(0);
  });
});

describe('URL matching across every adapter', () => {
  test('URL examples name only adapters that exist', () => {
    expect(Object.keys(urlExamples).sort(), 'remove examples of helpdesks no adapter reads').toEqual(
      adapters.map((adapter) => adapter.id).sort(),
    );
  });

  const cases = adapters.flatMap((owner) => [
    ...urlExamplesOf(owner.id).ticketUrls.map((url) => [url, owner.id, true] as const),
    ...urlExamplesOf(owner.id).nonTicketUrls.map((url) => [url, owner.id, false] as const),
  ]);

  test.each(cases)('%s is listed by %s (ticket: %s)', (url, ownerId, isTicket) => {
    // A non-ticket example may also be off the helpdesk entirely (a look-alike host, plain http).
    if (isTicket) expect(helpdeskFor(url)?.id).toBe(ownerId);
    for (const adapter of adapters) {
      expect(adapter.matches(new URL(url)), `${adapter.id}.matches(${url})`).toBe(
        isTicket && adapter.id === ownerId,
      );
    }
  });

  test.each([
    'https://zendesk.com.attacker.example/agent/tickets/1',
    'http://northwind.zendesk.com/agent/tickets/4512',
    'https://northwind.lightning.force.com.example.org/lightning/r/Case/5005g00000Qm7XyAAJ/view',
    'https://example.com/agent/tickets/4512',
  ])('%s is no helpdesk page', (url) => {
    expect(helpdeskFor(url)).toBeUndefined();
  });
});

test('every component is covered by a component test, directly or inside a tested component', () => {
  const importsOf = (source: string) =>
    [...source.matchAll(/from '(?:\.\.\/)*(?:components\/|\.\/)(\w+)'/g)].map((m) => m[1]);
  const covered = new Set(
    readdirSync('test/components').flatMap((name) =>
      importsOf(readFileSync(join('test/components', name), 'utf8')),
    ),
  );
  const components = readdirSync('components')
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => file.replace(/\.tsx$/, ''));
  // A tested component covers what it renders.
  for (let grew = true; grew;) {
    grew = false;
    for (const component of [...covered]) {
      const path = join('components', `${component}.tsx`);
      if (!existsSync(path)) continue;
      for (const child of importsOf(readFileSync(path, 'utf8'))) {
        if (child && !covered.has(child)) {
          covered.add(child);
          grew = true;
        }
      }
    }
  }
  const untested = components.filter((component) => !covered.has(component));
  expect(untested, 'write test/components/<Component>.test.tsx for each').toEqual([]);
});
