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
  /** Every main-thread task over 50 ms (the browser reports no shorter ones) during the import. */
  longTasksMs: number[];
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

window.benchHistory = async ({ csvUrl, customers, lookups }) => {
  const file = await (await fetch(csvUrl)).blob();
  const db = await openHistory('touchpoint-history-bench');
  const longTasksMs: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasksMs.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });

  const start = performance.now();
  const report = await importHistory(db, file, { format: 'csv', defaultCountry: 'US' });
  const importMs = performance.now() - start;
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
  return { report, importMs, longTasksMs, lookupsMs, allFound };
};
