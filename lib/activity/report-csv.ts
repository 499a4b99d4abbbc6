import Papa from 'papaparse';

import type { Report } from './report-export';

/**
 * The export as CSV in long format: one row per figure, each row carrying who and when, so the
 * files of several agents concatenate into one sheet and a pivot table does the rest
 * (docs/report-format.md lists every section and measure).
 *
 * | column  | holds                                                                     |
 * |---------|---------------------------------------------------------------------------|
 * | agent, team, from, to | the export's agent and range, repeated on every row         |
 * | section | the figure group: standards, standard, channel, snippet, offer, stale …   |
 * | pack    | the pack id, for snippet, offer and stale rows                            |
 * | item    | what the row is about: a standard id, channel, snippet id, offer id, query |
 * | measure | which figure: met, breached, inserted, shown …                            |
 * | label   | a name for people: the standard's name, the snippet's title               |
 * | value   | the number; empty for a median of nothing                                 |
 *
 * Proposals and flags are text, not figures: they travel in the JSON export only, and the CSV
 * counts them (section `knowledge`).
 */
export const reportCsvColumns = [
  'agent',
  'team',
  'from',
  'to',
  'section',
  'pack',
  'item',
  'measure',
  'label',
  'value',
] as const;

export type ReportCsvRow = Record<(typeof reportCsvColumns)[number], string | number>;

type Figure = Omit<ReportCsvRow, 'agent' | 'team' | 'from' | 'to'>;

function figure(
  section: string,
  measure: string,
  value: number | null,
  at: { pack?: string; item?: string; label?: string } = {},
): Figure {
  return {
    section,
    pack: at.pack ?? '',
    item: at.item ?? '',
    measure,
    label: at.label ?? '',
    value: value ?? '',
  };
}

/** Every figure of the report as a row, in a fixed order (the order docs/report-format.md lists). */
export function reportFigureRows(report: Report): ReportCsvRow[] {
  const { standards, snippetsInserted, searchesEmpty, offers, flags } = report.figures;
  const rows: Figure[] = [
    figure('standards', 'met', standards.met),
    figure('standards', 'breached', standards.breached),
    figure('standards', 'breachedByMedianMs', standards.breachedByMs.median),
    figure('standards', 'breachedByMaxMs', standards.breachedByMs.max),
    ...standards.byStandard.flatMap((standard) => {
      const at = { item: standard.standardId, label: standard.standardName };
      return [
        figure('standard', 'met', standard.met, at),
        figure('standard', 'breached', standard.breached, at),
        figure('standard', 'medianBreachMs', standard.medianBreachMs, at),
      ];
    }),
    ...standards.byChannel.flatMap(({ channel, met, breached }) => [
      figure('channel', 'met', met, { item: channel }),
      figure('channel', 'breached', breached, { item: channel }),
    ]),
    figure('firstReply', 'medianBusinessMs', report.figures.firstReplyMedianBusinessMs),
    figure('tickets', 'viewed', report.figures.ticketsViewed),
    figure('snippets', 'inserted', snippetsInserted.count),
    ...snippetsInserted.bySnippet.map((snippet) =>
      figure('snippet', 'inserted', snippet.count, {
        pack: snippet.packId,
        item: snippet.snippetId,
        label: snippet.title,
      }),
    ),
    figure('searches', 'empty', searchesEmpty.count),
    ...searchesEmpty.topQueries.map(({ query, count }) => figure('query', 'empty', count, { item: query })),
    figure('offers', 'shown', offers.shown),
    figure('offers', 'accepted', offers.accepted),
    figure('offers', 'declined', offers.declined),
    figure('offers', 'notRelevant', offers.notRelevant),
    ...offers.byOffer.flatMap((offer) => {
      const at = { pack: offer.packId, item: offer.offerId };
      return (['shown', 'accepted', 'declined', 'notRelevant'] as const).map((answer) =>
        figure('offer', answer, offer[answer], at),
      );
    }),
    figure('knowledge', 'proposals', report.figures.proposals),
    figure('knowledge', 'flagsWrong', flags.wrong),
    figure('knowledge', 'flagsStale', flags.stale),
    ...(report.staleContent?.snippets ?? []).flatMap((snippet) =>
      snippet.reasons.map((reason) =>
        figure('stale', reason, 1, { pack: snippet.packId, item: snippet.snippetId, label: snippet.title }),
      ),
    ),
  ];
  const who = {
    agent: report.agent.name ?? '',
    team: report.agent.team ?? '',
    from: report.range.from,
    to: report.range.to,
  };
  return rows.map((row) => ({ ...who, ...row }));
}

/**
 * The CSV text (RFC 4180, CRLF line ends, a header row). A text cell that a spreadsheet would
 * run as a formula (starting with =, +, -, @) is prefixed with an apostrophe: titles and search
 * text are typed by people.
 */
export function reportCsv(report: Report): string {
  return `${Papa.unparse(
    {
      fields: [...reportCsvColumns],
      data: reportFigureRows(report).map((row) => reportCsvColumns.map((c) => row[c])),
    },
    { escapeFormulae: true, newline: '\r\n' },
  )}\r\n`;
}
