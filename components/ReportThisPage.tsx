import { useState } from 'preact/hooks';

import { reportFileName, reportJson, reportSummary } from '../lib/diagnostics/report-file';
import type { PageReport, PageReportReply } from '../lib/diagnostics/report-schema';

/** What the panel does for "Report this page": ask the background, save the file, copy it. */
export interface PageReportActions {
  request(tabId: number): Promise<PageReportReply>;
  download(fileName: string, text: string): void;
  copy(text: string): Promise<void>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'ready'; report: PageReport; json: string; note: string }
  | { kind: 'failed'; reason: string };

/**
 * Offered when Touchpoint could not read the page, or an essential field of it (issue #8): the
 * agent makes a report of the page's structure, never the customer's text, and hands it to their
 * team lead, whose pack tool suggests the selectors to fix the reading (`pack diagnose`).
 */
export function ReportThisPage({
  tabId,
  missing,
  actions,
}: {
  tabId: number;
  /** What could not be read ("priority", "requester email or phone"); empty when no ticket was read at all. */
  missing: readonly string[];
  actions: PageReportActions;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const report = async () => {
    setState({ kind: 'working' });
    try {
      const reply = await actions.request(tabId);
      setState(
        reply.ok
          ? { kind: 'ready', report: reply.report, json: reportJson(reply.report), note: '' }
          : { kind: 'failed', reason: reply.reason },
      );
    } catch {
      setState({ kind: 'failed', reason: 'Touchpoint gave no usable answer; try again in a moment' });
    }
  };

  const copy = async (ready: Extract<State, { kind: 'ready' }>) => {
    let note: string;
    try {
      await actions.copy(ready.json);
      note = 'Copied: paste it into a message to your team lead.';
    } catch {
      note = 'The clipboard is not available: use Download report.';
    }
    setState({ ...ready, note });
  };

  const unread = missing.length
    ? `Touchpoint couldn't read: ${missing.join(', ')}.`
    : "Touchpoint couldn't read the ticket on this page.";
  return (
    <section class="page-report" aria-label="Report this page">
      <p class="page-report-why">{unread} The report holds the page's structure, not the customer's text.</p>
      {state.kind === 'ready' ? (
        <div class="page-report-actions">
          <button type="button" onClick={() => actions.download(reportFileName(state.report), state.json)}>
            Download report
          </button>
          <button type="button" onClick={() => void copy(state)}>
            Copy
          </button>
        </div>
      ) : (
        <button type="button" disabled={state.kind === 'working'} onClick={() => void report()}>
          Report this page
        </button>
      )}
      <p class="page-report-status" role="status">
        {state.kind === 'working' && 'Examining the page…'}
        {state.kind === 'ready' && `Report ready: ${reportSummary(state.report)}. ${state.note}`.trim()}
      </p>
      {state.kind === 'failed' && (
        <p class="page-report-error" role="alert">
          Could not report this page: {state.reason}.
        </p>
      )}
    </section>
  );
}
