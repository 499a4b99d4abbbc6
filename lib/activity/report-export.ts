import { z } from 'zod';

import type { ActivityEvent } from './activity-event';
import { snippetFlagSchema, snippetProposalSchema } from './activity-event';
import { dayFigures } from './figures';
import { dayFiguresSchema } from './figures-schema';
import { maskedTopQueries } from './query-privacy';
import { staleContentSchema, type StaleContent } from './stale-content';
import type { StandardOutcome } from './standard-outcome';

/**
 * The team-lead export (issue #7, item 2), documented for readers outside this code in
 * docs/report-format.md: keep the two in step. Every instant is ISO 8601 text in UTC; figures
 * are counts and whole milliseconds. A reader ignores fields it does not know; a change that
 * would mislead an older reader gets a new format name.
 */
export const REPORT_FORMAT = 'touchpoint-report/1';

const instant = z.iso.datetime();
const withInstant = { at: instant };

export const reportProposalSchema = snippetProposalSchema.omit({ kind: true }).extend(withInstant);
export const reportFlagSchema = snippetFlagSchema.omit({ kind: true }).extend(withInstant);

export const reportAgentSchema = z.object({
  name: z.string().min(1).max(120).optional(),
  team: z.string().min(1).max(120).optional(),
});

export const reportSchema = z
  .object({
    format: z.literal(REPORT_FORMAT),
    exportedAt: instant,
    agent: reportAgentSchema,
    range: z.object({ from: instant, to: instant, timeZone: z.string().min(1).max(80) }),
    /** Whether the agent ticked "include customer data": excerpts, and search text unmasked. */
    includesCustomerData: z.boolean(),
    figures: dayFiguresSchema,
    staleContent: staleContentSchema.optional(),
    proposals: z.array(reportProposalSchema).max(10_000),
    flags: z.array(reportFlagSchema).max(10_000),
  })
  .superRefine((report, context) => {
    if (report.includesCustomerData) return;
    for (const list of ['proposals', 'flags'] as const) {
      report[list].forEach((item, index) => {
        if (item.excerpt !== undefined) {
          context.addIssue({
            code: 'custom',
            path: [list, index, 'excerpt'],
            message: 'an excerpt of customer text in an export made without customer data',
          });
        }
      });
    }
  });

export type Report = z.infer<typeof reportSchema>;
export type ReportProposal = z.infer<typeof reportProposalSchema>;
export type ReportFlag = z.infer<typeof reportFlagSchema>;

export interface ReportInput {
  events: readonly ActivityEvent[];
  outcomes: readonly StandardOutcome[];
  /** `[from, to)`, epoch ms: usually a view's range (activity-view.ts). */
  from: number;
  to: number;
  timeZone: string;
  exportedAt: number;
  agent?: z.infer<typeof reportAgentSchema>;
  /** The agent ticked "include customer data". */
  includesCustomerData: boolean;
  staleContent?: StaleContent;
}

const iso = (at: number) => new Date(at).toISOString();

/**
 * The export of one agent's figures over `[from, to)`, with the proposals and flags made then.
 * Without customer data, excerpts are left out and search text is masked (query-privacy.ts).
 */
export function buildReport(input: ReportInput): Report {
  const { events, from, to, includesCustomerData } = input;
  const figures = dayFigures(input);
  if (!includesCustomerData) {
    figures.searchesEmpty.topQueries = maskedTopQueries(figures.searchesEmpty.topQueries);
  }
  const inRange = events.filter((event) => event.at >= from && event.at < to).sort((a, b) => a.at - b.at);
  const proposals: ReportProposal[] = [];
  const flags: ReportFlag[] = [];
  for (const event of inRange) {
    if (event.kind !== 'snippet-proposal' && event.kind !== 'snippet-flag') continue;
    const { kind: _kind, at, excerpt, ...fields } = event;
    const shared = { ...fields, at: iso(at), ...(includesCustomerData && excerpt ? { excerpt } : {}) };
    if (event.kind === 'snippet-proposal') proposals.push(reportProposalSchema.parse(shared));
    else flags.push(reportFlagSchema.parse(shared));
  }
  const report: Report = {
    format: REPORT_FORMAT,
    exportedAt: iso(input.exportedAt),
    agent: input.agent ?? {},
    range: { from: iso(from), to: iso(to), timeZone: input.timeZone },
    includesCustomerData,
    figures,
    ...(input.staleContent ? { staleContent: input.staleContent } : {}),
    proposals,
    flags,
  };
  return report;
}

/** The export file's text: indented, ending with a newline. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export type ReportRead = { ok: true; report: Report } | { ok: false; reason: string };

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/**
 * Reads an export back, or says in one line why it is not one: not JSON, JSON but another
 * format (a pack, say), or this format with a field wrong (its path and what was expected).
 */
export function readReport(text: string): ReportRead {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `not JSON (${firstLine(error)})` };
  }
  const format = typeof value === 'object' && value !== null && 'format' in value ? value.format : undefined;
  if (format !== REPORT_FORMAT) {
    const found = format === undefined ? 'no "format" field' : `format ${JSON.stringify(format)}`;
    return { ok: false, reason: `not a ${REPORT_FORMAT} export (${found})` };
  }
  const parsed = reportSchema.safeParse(value);
  if (parsed.success) return { ok: true, report: parsed.data };
  const [issue] = parsed.error.issues;
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
  const path = issue?.path.join('.') || '(top level)';
  return { ok: false, reason: `not a valid ${REPORT_FORMAT} export: ${path}: ${issue?.message}${more}` };
}
