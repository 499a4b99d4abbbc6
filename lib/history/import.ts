import type { HistoryDb } from './db';
import type { IdentityOptions } from './identity';
import { csvRows } from './import-csv';
import { JUNK_PROBE_ROWS } from './import-format';
import { jsonRows } from './import-json';
import { ImportPlan } from './import-plan';
import { ImportRefusal, ProblemList, type ImportReport } from './import-report';
import { rowChecker } from './import-row';
import { textPieces } from './import-text';
import { writeImport } from './import-write';
import { TaskSlicer } from './import-yield';

export interface ImportOptions extends IdentityOptions {
  format: 'csv' | 'json';
  /** Called with the number of rows read so far, every thousand rows and at the end. */
  onProgress?: (rowsRead: number) => void;
  /** When the import happens: the imported customers' and identities' first-seen time. */
  now?: number;
}

const PROGRESS_EVERY = 1000;

function refused(rowsRead: number, problems: ProblemList, refusal?: string): ImportReport {
  return {
    outcome: 'refused',
    rowsRead,
    ...(refusal === undefined ? {} : { refusal }),
    errors: [...problems.listed].sort((a, b) => a.line - b.line),
    moreErrors: problems.unlisted,
  };
}

/**
 * Imports a CRM export into the customer history (the format: import-format.ts). The file is
 * streamed and every row checked first; only a file without a single problem is written, in one
 * transaction, so a refused or failed import leaves the history exactly as it was. Reading and
 * writing alike give the page a turn every few milliseconds (import-yield.ts,
 * import-pipeline.ts): a 100,000-row file never freezes it.
 */
export async function importHistory(
  db: HistoryDb,
  source: Blob | ReadableStream<Uint8Array>,
  { format, onProgress, now = Date.now(), ...identityOptions }: ImportOptions,
): Promise<ImportReport> {
  const check = rowChecker(identityOptions);
  const plan = new ImportPlan();
  const problems = new ProblemList();
  const slicer = new TaskSlicer();
  let rowsRead = 0;
  let invalidRows = 0;
  try {
    const pieces = textPieces(source);
    for await (const sourceRow of format === 'csv' ? csvRows(pieces) : jsonRows(pieces)) {
      rowsRead += 1;
      const row = check(sourceRow);
      const rowProblems = Array.isArray(row) ? row : plan.add(row);
      rowProblems.forEach((problem) => problems.add(problem));
      if (rowProblems.length > 0) invalidRows += 1;
      if (rowsRead === JUNK_PROBE_ROWS && invalidRows === rowsRead) {
        throw new ImportRefusal(
          `The first ${JUNK_PROBE_ROWS} rows are all invalid: this is not an import file.`,
        );
      }
      if (rowsRead % PROGRESS_EVERY === 0) onProgress?.(rowsRead);
      await slicer.pause();
    }
  } catch (error) {
    if (error instanceof ImportRefusal) return refused(rowsRead, problems, error.message);
    throw error;
  } finally {
    slicer.close();
  }
  onProgress?.(rowsRead);
  const { customers, problems: unlinked } = plan.finish();
  unlinked.forEach((problem) => problems.add(problem));
  if (problems.count > 0) return refused(rowsRead, problems);
  try {
    return { outcome: 'imported', rowsRead, ...(await writeImport(db, customers, now)) };
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return refused(rowsRead, problems, `Writing to the history failed (${reason}); nothing was imported.`);
  }
}
