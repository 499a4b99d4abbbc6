import { browser } from '../browser';
import { MAX_REPORT_SIZE, pageReportSchema, type PageReportReply } from '../diagnostics/report-schema';
import { isHelpdeskPage } from './helpdesk-pages';

/** The unlisted script WXT builds from entrypoints/page-diagnostic.ts. */
export const PAGE_DIAGNOSTIC_SCRIPT = '/page-diagnostic.js';

function failed(reason: string): PageReportReply {
  return { ok: false, reason };
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** What the injected script sent back, checked: a report of bounded size that parses, or why not. */
export function checkReport(raw: unknown, expectedOrigin: string): PageReportReply {
  if (typeof raw === 'object' && raw !== null && 'error' in raw && typeof raw.error === 'string') {
    return failed(`building the report failed in the page (${raw.error.slice(0, 200)})`);
  }
  let size: number;
  try {
    size = JSON.stringify(raw ?? null).length;
  } catch {
    return failed('the page gave no usable report');
  }
  if (size > MAX_REPORT_SIZE) return failed('the report came back larger than 500 kB');
  const parsed = pageReportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    console.warn('Touchpoint: refused a page report:', issue?.path.join('.'), issue?.message);
    return failed('the page gave no usable report');
  }
  if (parsed.data.page.origin !== expectedOrigin)
    return failed('the tab moved to another page while it was examined');
  return { ok: true, report: parsed.data };
}

/**
 * "Report this page" (issue #8): injects the page diagnostic into the helpdesk tab the panel
 * shows, and hands back its report once checked. Only into a page Touchpoint reads (a built-in
 * or pack-declared helpdesk), only when the agent asks.
 */
export async function reportPage({ tabId }: { tabId: number }): Promise<PageReportReply> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return failed('the helpdesk tab is closed');
  }
  const origin = originOf(url);
  if (!origin || !(await isHelpdeskPage(url ?? ''))) {
    return failed('the tab no longer shows a helpdesk page');
  }
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_DIAGNOSTIC_SCRIPT] });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(`the page could not be examined (${message.slice(0, 200)})`);
  }
  return checkReport(results[0]?.result, origin);
}
