import { afterEach, beforeEach, expect, test, vi } from 'vitest';

import { pageReader } from '../../lib/helpdesks/index';
import { createPageWatcher } from '../../lib/helpdesks/page-watcher';
import { noHelpdeskRules } from '../../lib/helpdesks/rules/helpdesk-rules';
import type { PageReading } from '../../lib/ticket/page-reading';

const context = { timeZone: 'America/New_York', dateOrder: 'mdy' } as const;
let url = 'https://northwind.zendesk.com/agent/filters/360001';
let abort: AbortController;
let reports: PageReading[];

function startWatcher(options: { debounceMs?: number; maxWaitMs?: number } = {}) {
  const watcher = createPageWatcher({
    reader: pageReader,
    doc: document,
    currentUrl: () => url,
    context: () => context,
    rules: () => noHelpdeskRules,
    report: (reading) => reports.push(reading),
    signal: abort.signal,
    ...options,
  });
  watcher.start();
  return watcher;
}

beforeEach(() => {
  vi.useFakeTimers();
  url = 'https://northwind.zendesk.com/agent/filters/360001';
  abort = new AbortController();
  reports = [];
  document.body.replaceChildren();
});

afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

const noTicket: PageReading = { kind: 'no-ticket', helpdesk: 'zendesk', helpdeskName: 'Zendesk' };

test('reports what the page shows as soon as it starts', () => {
  startWatcher();
  expect(reports).toEqual([noTicket]);
});

test('a URL change is read after the quiet period and reported once', () => {
  const watcher = startWatcher({ debounceMs: 40 });
  url = 'https://northwind.zendesk.com/agent/tickets/4512';
  watcher.urlChanged();
  watcher.urlChanged();
  vi.advanceTimersByTime(39);
  expect(reports).toHaveLength(1);
  vi.advanceTimersByTime(1);
  expect(reports).toHaveLength(2);
  expect(reports[1]).toMatchObject({ kind: 'unreadable', helpdesk: 'zendesk' });
});

test('DOM changes that do not change the reading send nothing', async () => {
  startWatcher();
  for (let index = 0; index < 5; index++) {
    document.body.append(document.createElement('div'));
    await Promise.resolve(); // let the MutationObserver deliver
    vi.advanceTimersByTime(50);
  }
  expect(reports).toEqual([noTicket]);
});

test('a stream of DOM changes cannot delay a reading past the maximum wait', async () => {
  const watcher = startWatcher({ debounceMs: 40, maxWaitMs: 150 });
  url = 'https://northwind.zendesk.com/agent/tickets/4512';
  watcher.urlChanged();
  // A live page mutating every 20 ms would postpone a plain debounce forever.
  for (let elapsed = 0; elapsed < 140; elapsed += 20) {
    document.body.append(document.createElement('span'));
    await Promise.resolve();
    vi.advanceTimersByTime(20);
  }
  expect(reports).toHaveLength(1);
  vi.advanceTimersByTime(10);
  expect(reports).toHaveLength(2);
});

test('resend reports the same reading again (after the background lost it)', () => {
  const watcher = startWatcher();
  watcher.resend();
  vi.advanceTimersByTime(200);
  expect(reports).toEqual([noTicket, noTicket]);
});

test('after the signal aborts nothing is observed or reported', async () => {
  const watcher = startWatcher();
  abort.abort();
  url = 'https://northwind.zendesk.com/agent/tickets/4512';
  watcher.urlChanged();
  document.body.append(document.createElement('div'));
  await Promise.resolve();
  vi.advanceTimersByTime(1000);
  expect(reports).toEqual([noTicket]);
});

test('start is idempotent', () => {
  const watcher = startWatcher();
  watcher.start();
  expect(reports).toHaveLength(1);
});
