import { writeFile } from 'node:fs/promises';

import { describeFailure, readArgs, resolvePath, type Io } from './command';
import { readReportFiles } from './report-files';
import { mergeReports, teamTableCsv, teamTableText, type NamedReport } from './report-table';

export const reportMergeUsage = `Usage: npm run pack -- report merge <report.json…> [--csv <out.csv>]

Combines the "My day" exports of several agents (touchpoint-report/1 JSON files; the format is
described in docs/report-format.md) into a team table: per agent, per standard, per snippet and the stale content,
printed as aligned tables. With --csv, the same tables are also written to <out.csv> in long
format (table, pack, item, label, measure, value).

A file that cannot be read, is not JSON, is not an export, or repeats another file's agent and
days is named with the reason and skipped; the others are still merged. Exit code: 0 when every
file was merged, 1 when any was skipped (or none could be merged), 2 for wrong arguments.`;

/** The same agent's export of the same days, given twice, would count their work twice. */
function withoutRepeats(reports: NamedReport[], io: Io): { kept: NamedReport[]; repeated: number } {
  const seen = new Map<string, string>();
  const kept: NamedReport[] = [];
  for (const named of reports) {
    const { agent, range } = named.report;
    const key =
      agent.name === undefined ? undefined : JSON.stringify([agent.name, agent.team, range.from, range.to]);
    const first = key === undefined ? undefined : seen.get(key);
    if (first !== undefined) {
      io.err(`skipped ${named.source}: the same agent and days as ${first}, counted once`);
      continue;
    }
    if (key !== undefined) seen.set(key, named.source);
    kept.push(named);
  }
  return { kept, repeated: reports.length - kept.length };
}

/** `report merge`: returns the exit code, or a reason the arguments are wrong. */
export async function runReportMerge(args: string[], io: Io): Promise<number | string> {
  const parsed = readArgs(
    args,
    { csv: { type: 'string' } },
    { min: 1, max: Infinity, names: '<report.json…>' },
  );
  if (typeof parsed === 'string') return parsed;
  const { reports, skipped } = await readReportFiles(parsed.positionals, io);
  const { kept, repeated } = withoutRepeats(reports, io);
  if (kept.length === 0) {
    io.err('nothing to merge: no file was a readable export');
    return 1;
  }
  const table = mergeReports(kept);
  const left = skipped + repeated;
  io.out(
    `Merged ${kept.length} export${kept.length === 1 ? '' : 's'}${left > 0 ? ` (${left} skipped)` : ''}.`,
  );
  io.out('');
  for (const line of teamTableText(table)) io.out(line);
  if (parsed.values.csv !== undefined) {
    const out = resolvePath(io, parsed.values.csv);
    try {
      await writeFile(out, teamTableCsv(table));
    } catch (error) {
      io.err(`cannot write ${out}: ${describeFailure(error)}`);
      return 1;
    }
    io.out('');
    io.out(`written ${out}`);
  }
  return left > 0 ? 1 : 0;
}
