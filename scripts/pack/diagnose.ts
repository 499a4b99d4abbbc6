import { readFile, stat } from 'node:fs/promises';

import {
  MAX_REPORT_SIZE,
  PAGE_REPORT_FORMAT,
  pageReportSchema,
  type PageReport,
} from '../../lib/diagnostics/report-schema';
import { fieldLabel, type SnapshotField } from '../../lib/diagnostics/snapshot-fields';
import { describeFailure, readArgs, resolvePath, usageError, type Command, type Io } from './command';
import { suggestSelectors, type Suggestion } from './diagnose-suggest';

export const diagnoseUsage = `Usage: npm run pack -- diagnose <report.json>

Reads a page report an agent made with "Report this page" in the Touchpoint panel (a
touchpoint-page-report/1 file, described in docs/page-report-format.md). For each field
Touchpoint could not read, it shows which of the built-in selectors (and of your packs'
overrides) still match, suggests CSS selectors found in the page's structure, best first with
the reason for each, and prints a fragment to paste into the pack's helpdeskOverrides:

  { "helpdesk": "zendesk", "fields": { "priority": { "selector": "…" } } }

The report holds the page's structure only (tag names, ids, classes, test ids), never the
customer's text, so the suggestions are a starting point: try each one on a live ticket first,
in the browser console: document.querySelectorAll('<selector>') should find the element that
shows the value.

Exit code: 0 when the report was read (with or without suggestions), 1 when the file cannot be
read or is not a valid page report, 2 for wrong arguments.`;

/** The report in the file, or why it is not one (naming the file and the field at fault). */
export async function readPageReport(
  path: string,
  shownAs: string,
): Promise<{ ok: true; report: PageReport } | { ok: false; errors: string[] }> {
  let text: string;
  try {
    const size = (await stat(path)).size;
    // JSON of a full report is at most 500 kB; allow for pretty-printing.
    if (size > MAX_REPORT_SIZE * 4) {
      return {
        ok: false,
        errors: [`${shownAs}: ${Math.round(size / 1024)} kB is too large for a page report`],
      };
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`cannot read ${shownAs}: ${describeFailure(error)}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [`${shownAs}: not JSON (${error instanceof Error ? error.message : String(error)})`],
    };
  }
  const format = typeof json === 'object' && json !== null && 'format' in json ? json.format : undefined;
  if (format !== PAGE_REPORT_FORMAT) {
    const found = format === undefined ? 'it has no "format"' : `its format is ${JSON.stringify(format)}`;
    return {
      ok: false,
      errors: [`${shownAs}: not a page report (${found}; expected "${PAGE_REPORT_FORMAT}")`],
    };
  }
  const parsed = pageReportSchema.safeParse(json);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issues = parsed.error.issues.slice(0, 8).map((issue) => {
    const path = issue.path.map(String).join('.') || '(report)';
    return `${shownAs}: ${path}: ${issue.message}`;
  });
  const more = parsed.error.issues.length - issues.length;
  return { ok: false, errors: more > 0 ? [...issues, `${shownAs}: … and ${more} more`] : issues };
}

function list(labels: string[]): string {
  return labels.length ? labels.join(', ') : 'none';
}

function elements(count: number): string {
  return `${count.toLocaleString('en-US')} element${count === 1 ? '' : 's'}`;
}

function suggestionLines(suggestion: Suggestion, rank: number): string[] {
  const where =
    suggestion.inTicket === undefined
      ? elements(suggestion.matches)
      : `${elements(suggestion.matches)}, ${suggestion.inTicket} in the ticket`;
  return [`    ${rank}. ${suggestion.selector}`, `       ${where}: ${suggestion.reasons.join('; ')}`];
}

/** The fragment a lead pastes: the best suggestion per field, with the rule options it needs. */
function overridesFragment(report: PageReport, best: Map<SnapshotField, Suggestion>): string {
  const fields = Object.fromEntries(
    [...best].map(([field, suggestion]) => [field, { selector: suggestion.selector, ...suggestion.rule }]),
  );
  const fragment =
    report.helpdesk.kind === 'declared' ? { fields } : { helpdesk: report.helpdesk.id, fields };
  return JSON.stringify(fragment, null, 2);
}

/** What `diagnose` prints for a valid report. */
export function diagnoseText(report: PageReport): string[] {
  const { helpdesk, page, tree } = report;
  const kind = {
    'built-in': 'built-in adapter',
    declared: 'declared by a pack',
    unknown: 'no helpdesk Touchpoint knows',
  }[helpdesk.kind];
  const lines = [
    `Page report from ${helpdesk.id} (${kind}): ${page.origin}${page.path}`,
    `Made ${report.createdAt} by Touchpoint ${report.extensionVersion}; the page read as: ${report.reading}.`,
    `Structure: ${tree.nodes.length.toLocaleString('en-US')} of ${elements(page.elements)} described${tree.truncated ? ' (cut at the size limit)' : ''}${tree.focus === undefined ? '; the active ticket was not found' : ''}.`,
    '',
  ];
  const unread = report.fields.filter((probe) => !probe.read);
  const read = report.fields.filter((probe) => probe.read);
  lines.push(
    `Read: ${list(read.map((probe) => fieldLabel(probe.field) + (probe.override ? ' (override)' : '')))}`,
  );
  lines.push(`Not read: ${list(unread.map((probe) => fieldLabel(probe.field)))}`);
  if (unread.length === 0) {
    lines.push('', 'Every field was read: nothing to suggest.');
    return lines;
  }
  const best = new Map<SnapshotField, Suggestion>();
  for (const probe of unread) {
    lines.push('', `${fieldLabel(probe.field)}:`);
    for (const entry of probe.selectors) {
      const source =
        entry.source === 'built-in'
          ? `built-in${entry.era ? `, ${entry.era}` : ''}`
          : `${entry.source} from ${entry.packName ?? 'a pack'}`;
      const found = entry.invalid
        ? 'not a valid selector'
        : `${elements(entry.matches)}${entry.matchesInTicket === undefined ? '' : `, ${entry.matchesInTicket} in the ticket`}`;
      lines.push(`  ${entry.selector}  (${source}): ${found}`);
    }
    if (probe.selectors.length === 0)
      lines.push('  no selector of Touchpoint or your packs reads this field here');
    const suggestions = suggestSelectors(report, probe.field);
    if (suggestions.length === 0) {
      lines.push(
        '  No element in the report names this field; look for it with the browser inspector on a live ticket.',
      );
      continue;
    }
    lines.push('  Suggestions, best first:');
    suggestions.forEach((suggestion, index) => lines.push(...suggestionLines(suggestion, index + 1)));
    best.set(probe.field, suggestions[0]!);
  }
  if (best.size > 0) {
    lines.push(
      '',
      helpdesk.kind === 'declared'
        ? `Paste into the fields of the declared helpdesk "${helpdesk.id}" (the first suggestion for each field; try it on a live ticket first):`
        : "Paste into your pack's helpdeskOverrides (the first suggestion for each field; try it on a live ticket first):",
    );
    lines.push(...overridesFragment(report, best).split('\n'));
  }
  return lines;
}

export const diagnoseCommand: Command = {
  name: 'diagnose',
  summary: 'suggest selectors from an agent\'s "Report this page" file',
  usage: diagnoseUsage,
  async run(args, io: Io) {
    const parsed = readArgs(args, {}, { min: 1, max: 1, names: '<report.json>' });
    if (typeof parsed === 'string') return usageError(io, diagnoseCommand, parsed);
    const file = parsed.positionals[0]!;
    const result = await readPageReport(resolvePath(io, file), file);
    if (!result.ok) {
      for (const error of result.errors) io.err(error);
      return 1;
    }
    for (const line of diagnoseText(result.report)) io.out(line);
    return 0;
  },
};
