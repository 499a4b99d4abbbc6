import { useState } from 'preact/hooks';

import { describeProblem, type ImportReport } from '../lib/history/import-report';

export interface HistoryImportProps {
  /** Imports the file, calling `onProgress` with the rows read so far; resolves to the report. */
  onImport: (file: File, onProgress: (rowsRead: number) => void) => Promise<ImportReport>;
}

const ERRORS_SHOWN = 20;

function count(value: number, noun: string): string {
  return `${value.toLocaleString('en-US')} ${noun}${value === 1 ? '' : 's'}`;
}

function summary(report: ImportReport): string {
  if (report.outcome === 'refused') {
    return `Nothing was imported. ${report.refusal ?? `${count(report.errors.length + report.moreErrors, 'problem')} in ${count(report.rowsRead, 'row')}:`}`;
  }
  return [
    `Imported ${count(report.rowsRead, 'row')}:`,
    `${count(report.customersCreated, 'new customer')},`,
    `${count(report.customersUpdated, 'known customer')} updated,`,
    `${count(report.purchases, 'purchase')},`,
    `${count(report.interactions, 'past ticket')}.`,
  ].join(' ');
}

/**
 * Imports customers, purchases and past tickets from a CRM export. The whole file is checked
 * before anything is written, so a refused file shows its problems and changes nothing.
 */
export function HistoryImport({ onImport }: HistoryImportProps) {
  const [file, setFile] = useState<File>();
  const [status, setStatus] = useState('');
  const [report, setReport] = useState<ImportReport>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setReport(undefined);
    if (!file) return setStatus('Choose a CSV or JSON file first.');
    setBusy(true);
    setStatus('Reading the file…');
    try {
      const result = await onImport(file, (rowsRead) => setStatus(`${count(rowsRead, 'row')} read`));
      setReport(result);
      setStatus(summary(result));
    } catch (error) {
      setStatus(`The import failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const problems = report?.outcome === 'refused' ? report.errors.slice(0, ERRORS_SHOWN) : [];
  const unshown =
    report?.outcome === 'refused' ? report.errors.length + report.moreErrors - problems.length : 0;

  return (
    <form class="settings-group" onSubmit={(event) => void submit(event)}>
      <fieldset class="settings-fieldset">
        <legend>Import customer history</legend>
        <p class="settings-help">
          A CRM export of customers, purchases and past tickets, as CSV or JSON. Each row is checked first: if
          any is wrong, nothing is imported.
        </p>
        <label for="history-import-file">CRM export (CSV or JSON)</label>
        <input
          id="history-import-file"
          type="file"
          accept=".csv,.json,.ndjson,.jsonl,text/csv,application/json"
          onChange={(event) => setFile(event.currentTarget.files?.[0])}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
        <p role="status" class="settings-status">
          {status}
        </p>
        {problems.length > 0 && (
          <ul class="settings-list" aria-label="Problems in the file">
            {problems.map((problem) => (
              <li key={`${problem.line}:${problem.column ?? ''}:${problem.reason}`}>
                {describeProblem(problem)}
              </li>
            ))}
            {unshown > 0 && <li>…and {count(unshown, 'more problem')}.</li>}
          </ul>
        )}
      </fieldset>
    </form>
  );
}
