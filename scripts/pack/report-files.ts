import { readFile, stat } from 'node:fs/promises';

import { readReport } from '../../lib/activity/report-export';
import { describeFailure, resolvePath, type Io } from './command';
import type { NamedReport } from './report-table';

/** An export is a few kilobytes; anything this big is some other file given by mistake. */
const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/**
 * Reads the exports named on the command line. A file that cannot be read, is not JSON, or is
 * JSON but not a `touchpoint-report/1` export is named on stderr with the reason and left out;
 * the others are returned, in the order given. `skipped` counts the files left out.
 */
export async function readReportFiles(
  files: readonly string[],
  io: Io,
): Promise<{ reports: NamedReport[]; skipped: number }> {
  const reports: NamedReport[] = [];
  let skipped = 0;
  const skip = (file: string, reason: string) => {
    io.err(`skipped ${file}: ${reason}`);
    skipped += 1;
  };
  for (const file of files) {
    const path = resolvePath(io, file);
    let text: string;
    try {
      const size = (await stat(path)).size;
      if (size > MAX_REPORT_BYTES) {
        skip(file, `${Math.round(size / 1024 / 1024)} MB is too large for an export`);
        continue;
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      skip(file, `cannot read it (${describeFailure(error)})`);
      continue;
    }
    const read = readReport(text);
    if (read.ok) reports.push({ source: file, report: read.report });
    else skip(file, read.reason);
  }
  return { reports, skipped };
}
