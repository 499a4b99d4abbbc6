import { openHistory } from '../lib/history/db';
import { importHistory } from '../lib/history/import';
import type { ImportReport } from '../lib/history/import-report';
import { customerHistory } from '../lib/history/queries';

/**
 * Bundled into a page served from http://127.0.0.1 (IndexedDB needs a real origin) by
 * bench/history.ts: imports the generated CRM export while a PerformanceObserver watches for
 * long tasks, then looks customers up the way the panel does.
 */
export interface HistoryBenchFigures {
  report: ImportReport;
  importMs: number;
  /** Until every row was read and checked: the rest of the import is the write. */
  readMs: number;
  /** Every main-thread task over 50 ms (the browser reports no shorter ones) during the import. */
  longTasksMs: number[];
  /**
   * The longest the page waited for a timer it wanted at once, during the import. It counts what
   * the long-task API leaves out, such as the garbage collector's own tasks.
   */
  longestWaitMs: number;
  lookupsMs: number[];
  /** Whether each looked-up customer came back with their imported tickets. */
  allFound: boolean;
}

declare global {
  interface Window {
    benchHistory(options: {
      csvUrl: string;
      customers: number;
      lookups: number;
    }): Promise<HistoryBenchFigures>;
  }
}

/** A ticket from customer `index` of the generated export, as the panel would look it up. */
function ticketFrom(index: number) {
  return {
    helpdesk: 'zendesk',
    ticketId: '9000001',
    url: 'https://northwind.zendesk.com/agent/tickets/9000001',
    subject: 'Router keeps dropping the connection',
    requester: { email: `customer${index}@example.com` },
    channel: 'email' as const,
    tags: [],
  };
}

/** Keeps a zero-delay timer going and notes the longest it waited to run; the returned function stops it. */
function watchTurns(): () => number {
  let last = performance.now();
  let longest = 0;
  let watching = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return () => {
    watching = false;
    return longest;
  };
}

window.benchHistory = async ({ csvUrl, customers, lookups }) => {
  const file = await (await fetch(csvUrl)).blob();
  const db = await openHistory('touchpoint-history-bench');
  const longTasksMs: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasksMs.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });

  const stopWatching = watchTurns();
  const start = performance.now();
  let readMs = 0;
  const report = await importHistory(db, file, {
    format: 'csv',
    defaultCountry: 'US',
    // The last call comes once every row is read and checked.
    onProgress: () => (readMs = performance.now() - start),
  });
  const importMs = performance.now() - start;
  const longestWaitMs = stopWatching();
  for (const entry of observer.takeRecords()) longTasksMs.push(entry.duration);
  observer.disconnect();

  const lookupsMs: number[] = [];
  let allFound = true;
  for (let lookup = 0; lookup < lookups; lookup++) {
    // Spread over the whole export (a stride coprime with the count), not its first customers.
    const index = (lookup * 7919) % customers;
    const before = performance.now();
    const history = await customerHistory(db, ticketFrom(index));
    lookupsMs.push(performance.now() - before);
    allFound &&= history.interactions.length > 0;
  }
  db.close();
  return { report, importMs, readMs, longTasksMs, longestWaitMs, lookupsMs, allFound };
};
