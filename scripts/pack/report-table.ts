import Papa from 'papaparse';

import type { Report } from '../../lib/activity/report-export';
import type { StaleReason } from '../../lib/activity/stale-content';
import { compareText } from '../../lib/activity/standard-figures';
import { wallTimeAt } from '../../lib/time/wall-time';

/**
 * A team table from several agents' exports (`report merge`, issue #7 item 2): one row per
 * agent, and the standards and snippets summed across agents. Counts add up; medians do not
 * (a median of medians is no median), so they stay on each agent's own row.
 */
export interface AgentRow {
  /** The export's agent name, or its file name when the agent left the name out. */
  agent: string;
  team: string;
  /** The days covered, in the export's time zone: "2026-11-30" or "2026-11-24 – 2026-11-30". */
  days: string;
  met: number;
  breached: number;
  medianBreachMs: number | null;
  firstReplyMedianBusinessMs: number | null;
  ticketsViewed: number;
  snippetsInserted: number;
  searchesEmpty: number;
  offersShown: number;
  offersAccepted: number;
  offersDeclined: number;
  proposals: number;
  flags: number;
}

export interface StandardRow {
  standardId: string;
  standardName: string;
  met: number;
  breached: number;
  /** How many agents' exports have an outcome of it. */
  agents: number;
}

export interface SnippetRow {
  packId: string;
  snippetId: string;
  title: string;
  inserted: number;
  agents: number;
}

/** A snippet a team lead should look at: unused or never suggested by anyone, or past its review. */
export interface StaleRow {
  packId: string;
  snippetId: string;
  title: string;
  owner: string;
  reasons: StaleReason[];
}

export interface TeamTable {
  agents: AgentRow[];
  standards: StandardRow[];
  snippets: SnippetRow[];
  /** Undefined when no export carried a stale-content report. */
  stale?: StaleRow[];
}

export interface NamedReport {
  /** The file it came from, as the team lead named it. */
  source: string;
  report: Report;
}

function localDate(iso: string, timeZone: string): string {
  const { year, month, day } = wallTimeAt(Date.parse(iso), timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The local days an export covers; its end is exclusive, so the last day is the one before it. */
function daysCovered({ from, to, timeZone }: Report['range']): string {
  const first = localDate(from, timeZone);
  const last = localDate(new Date(Date.parse(to) - 1).toISOString(), timeZone);
  return first === last ? first : `${first} – ${last}`;
}

function agentLabel({ source, report }: NamedReport): string {
  return report.agent.name ?? source.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
}

/**
 * Stale across the team: a snippet one agent used or saw suggested is not unused or unmatched for
 * the team, so those reasons hold only when every export with a stale report gives them; a review
 * date is the pack's, the same for all, so one report saying it is past is enough.
 */
function teamStale(reports: readonly NamedReport[]): StaleRow[] | undefined {
  const withStale = reports.flatMap(({ report }) => (report.staleContent ? [report.staleContent] : []));
  if (withStale.length === 0) return undefined;
  const rows = new Map<string, StaleRow & { seenBy: Map<StaleReason, number> }>();
  for (const stale of withStale) {
    for (const snippet of stale.snippets) {
      const id = `${snippet.packId}\n${snippet.snippetId}`;
      const row = rows.get(id) ?? { ...snippet, reasons: [], seenBy: new Map() };
      for (const reason of snippet.reasons) row.seenBy.set(reason, (row.seenBy.get(reason) ?? 0) + 1);
      rows.set(id, row);
    }
  }
  return [...rows.values()]
    .map(({ seenBy, ...row }) => ({
      ...row,
      reasons: [...seenBy]
        .filter(([reason, count]) => reason === 'past-review' || count === withStale.length)
        .map(([reason]) => reason)
        .sort(),
    }))
    .filter((row) => row.reasons.length > 0)
    .sort((a, b) => compareText(a.packId, b.packId) || compareText(a.snippetId, b.snippetId));
}

export function mergeReports(reports: readonly NamedReport[]): TeamTable {
  const standards = new Map<string, StandardRow>();
  const snippets = new Map<string, SnippetRow>();
  const agents = reports.map((named): AgentRow => {
    const { figures, agent, range } = named.report;
    for (const standard of figures.standards.byStandard) {
      const row = standards.get(standard.standardId) ?? {
        standardId: standard.standardId,
        standardName: standard.standardName,
        met: 0,
        breached: 0,
        agents: 0,
      };
      row.met += standard.met;
      row.breached += standard.breached;
      row.agents += 1;
      standards.set(standard.standardId, row);
    }
    for (const snippet of figures.snippetsInserted.bySnippet) {
      const id = `${snippet.packId}\n${snippet.snippetId}`;
      const row = snippets.get(id) ?? {
        packId: snippet.packId,
        snippetId: snippet.snippetId,
        title: snippet.title,
        inserted: 0,
        agents: 0,
      };
      row.inserted += snippet.count;
      row.agents += 1;
      snippets.set(id, row);
    }
    return {
      agent: agentLabel(named),
      team: agent.team ?? '',
      days: daysCovered(range),
      met: figures.standards.met,
      breached: figures.standards.breached,
      medianBreachMs: figures.standards.breachedByMs.median,
      firstReplyMedianBusinessMs: figures.firstReplyMedianBusinessMs,
      ticketsViewed: figures.ticketsViewed,
      snippetsInserted: figures.snippetsInserted.count,
      searchesEmpty: figures.searchesEmpty.count,
      offersShown: figures.offers.shown,
      offersAccepted: figures.offers.accepted,
      offersDeclined: figures.offers.declined,
      proposals: figures.proposals,
      flags: figures.flags.wrong + figures.flags.stale,
    };
  });
  return {
    agents,
    standards: [...standards.values()].sort(
      (a, b) => b.met + b.breached - (a.met + a.breached) || compareText(a.standardId, b.standardId),
    ),
    snippets: [...snippets.values()].sort(
      (a, b) =>
        b.inserted - a.inserted || compareText(a.packId, b.packId) || compareText(a.snippetId, b.snippetId),
    ),
    stale: teamStale(reports),
  };
}

/** "35 min", "1 h 30 min", "—" for nothing: durations as a team lead reads them. */
export function durationText(ms: number | null): string {
  if (ms === null) return '—';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest === 0 ? '' : ` ${rest} min`}`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)} %`;
}

/** A column of a printed table: text columns align left, figures right. */
interface Column {
  title: string;
  figure?: boolean;
}

const text = (title: string): Column => ({ title });
const figure = (title: string): Column => ({ title, figure: true });

/** Each column padded to its widest cell. */
export function alignedTable(columns: readonly Column[], rows: readonly (string | number)[][]): string[] {
  const cells = [columns.map((column) => column.title), ...rows.map((row) => row.map(String))];
  const widths = columns.map((_, index) => Math.max(...cells.map((row) => (row[index] ?? '').length)));
  return cells.map((row) =>
    row
      .map((cell, index) =>
        columns[index]?.figure ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!),
      )
      .join('  ')
      .trimEnd(),
  );
}

/** The three tables as printed: a title line, the table, a blank line between them. */
export function teamTableText(table: TeamTable): string[] {
  const agents = alignedTable(
    [
      text('agent'),
      text('team'),
      text('days'),
      figure('met'),
      figure('breached'),
      figure('median breach'),
      figure('first reply'),
      figure('tickets'),
      figure('snippets'),
      figure('empty searches'),
      figure('offers shown'),
      figure('accepted'),
      figure('declined'),
      figure('proposals'),
      figure('flags'),
    ],
    table.agents.map((row) => [
      row.agent,
      row.team,
      row.days,
      row.met,
      row.breached,
      durationText(row.medianBreachMs),
      durationText(row.firstReplyMedianBusinessMs),
      row.ticketsViewed,
      row.snippetsInserted,
      row.searchesEmpty,
      row.offersShown,
      row.offersAccepted,
      row.offersDeclined,
      row.proposals,
      row.flags,
    ]),
  );
  const standards = alignedTable(
    [
      text('standard'),
      text('name'),
      figure('met'),
      figure('breached'),
      figure('met in time'),
      figure('agents'),
    ],
    table.standards.map((row) => [
      row.standardId,
      row.standardName,
      row.met,
      row.breached,
      percent(row.met, row.met + row.breached),
      row.agents,
    ]),
  );
  const snippets = alignedTable(
    [text('pack'), text('snippet'), text('title'), figure('inserted'), figure('agents')],
    table.snippets.map((row) => [row.packId, row.snippetId, row.title, row.inserted, row.agents]),
  );
  return [
    'Per agent',
    ...agents,
    '',
    'Per standard (all agents)',
    ...(table.standards.length > 0 ? standards : ['(no outcomes)']),
    '',
    'Per snippet (all agents)',
    ...(table.snippets.length > 0 ? snippets : ['(no snippets inserted)']),
    '',
    'Stale content (all agents)',
    ...(table.stale === undefined
      ? ['(no export carried a stale-content report)']
      : table.stale.length === 0
        ? ['(none)']
        : alignedTable(
            [text('pack'), text('snippet'), text('title'), text('owner'), text('why')],
            table.stale.map((row) => [
              row.packId,
              row.snippetId,
              row.title,
              row.owner,
              row.reasons.join(', '),
            ]),
          )),
  ];
}

export const teamCsvColumns = ['table', 'pack', 'item', 'label', 'measure', 'value'] as const;

/**
 * The team table as long-format CSV, the export's layout (docs/report-format.md): table
 * (agents, standards, snippets), pack, item (agent, standard id, snippet id), label (team,
 * standard name, snippet title), measure, value (durations in ms; empty for none).
 */
export function teamTableCsv(table: TeamTable): string {
  const rows: (string | number)[][] = [];
  const add = (
    tableName: string,
    pack: string,
    item: string,
    label: string,
    measures: Record<string, number | null>,
  ) => {
    for (const [measure, value] of Object.entries(measures))
      rows.push([tableName, pack, item, label, measure, value ?? '']);
  };
  for (const { agent, team, days, ...measures } of table.agents) {
    rows.push(['agents', '', agent, team, 'days', days]);
    add('agents', '', agent, team, measures);
  }
  for (const { standardId, standardName, ...measures } of table.standards) {
    add('standards', '', standardId, standardName, measures);
  }
  for (const { packId, snippetId, title, ...measures } of table.snippets)
    add('snippets', packId, snippetId, title, measures);
  for (const { packId, snippetId, title, reasons } of table.stale ?? [])
    for (const reason of reasons) rows.push(['stale', packId, snippetId, title, reason, 1]);
  return `${Papa.unparse({ fields: [...teamCsvColumns], data: rows }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
