import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildPageReport } from '../../lib/diagnostics/build-report';
import type { PageReport } from '../../lib/diagnostics/report-schema';
import type { HelpdeskRules } from '../../lib/helpdesks/index';

const fixtures = join(import.meta.dirname, '../fixtures');

/** A stored helpdesk page (`test/fixtures/<path>`) and the URL its opening comment names. */
export function loadPage(path: string): { doc: Document; url: string } {
  const html = readFileSync(join(fixtures, path), 'utf8');
  const url = /URL: (https:\/\/\S+)/.exec(html)?.[1];
  if (!url) throw new Error(`${path} names no URL in its opening comment`);
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

/** The report an agent would make on that page, on 26 November 2026 with Touchpoint 0.1.0. */
export function reportOf(path: string, rules?: HelpdeskRules): PageReport {
  const { doc, url } = loadPage(path);
  return buildPageReport(doc, url, { timeZone: 'America/Los_Angeles', dateOrder: 'mdy' }, rules, {
    now: new Date('2026-11-26T10:14:00.000Z'),
    extensionVersion: '0.1.0',
  });
}
