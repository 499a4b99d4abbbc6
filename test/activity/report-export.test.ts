/**
 * The team-lead export of the fixed log: what it holds with and without customer data, and that
 * both its JSON and its CSV give back every figure.
 */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';

import type { DayFigures } from '../../lib/activity/figures-schema';
import { maskQuery } from '../../lib/activity/query-privacy';
import { reportCsv, reportCsvColumns, reportFigureRows } from '../../lib/activity/report-csv';
import { buildReport, readReport, reportJson, type Report } from '../../lib/activity/report-export';
import { staleContent } from '../../lib/activity/stale-content';
import { packSchema } from '../../lib/packs/pack-schema';
import { makePackInput } from '../builders/pack';
import { customerExcerpt, events, monday, mondayEvening, outcomes, timeZone } from './fixed-log';

const pack = packSchema.parse(makePackInput({ reviewIntervalDays: 60 }));
const stale = staleContent({
  packs: [{ packId: pack.id, reviewIntervalDays: 60, snippets: pack.snippets }],
  events,
  now: mondayEvening,
});

function exportMonday(includesCustomerData: boolean): Report {
  return buildReport({
    events,
    outcomes,
    ...monday,
    timeZone,
    exportedAt: mondayEvening,
    agent: { name: 'Sam Rivera', team: 'Billing' },
    includesCustomerData,
    staleContent: stale,
  });
}

describe('buildReport', () => {
  const report = exportMonday(false);

  test('the header: format, when, who, which range', () => {
    expect(report).toMatchObject({
      format: 'touchpoint-report/1',
      exportedAt: '2026-11-30T23:00:00.000Z',
      agent: { name: 'Sam Rivera', team: 'Billing' },
      range: { from: '2026-11-30T05:00:00.000Z', to: '2026-12-01T05:00:00.000Z', timeZone },
      includesCustomerData: false,
    });
  });

  test('without customer data: no excerpt, and an e-mail address searched for is masked', () => {
    expect(report.proposals).toEqual([
      {
        id: expect.any(String),
        at: '2026-11-30T19:40:00.000Z',
        helpdesk: 'zendesk',
        ticketId: '4413',
        title: 'Router light blinking orange',
        body: expect.stringContaining('lost its line sync'),
        category: 'connectivity',
        packId: 'northwind-billing',
      },
    ]);
    expect(report.flags.map((flag) => [flag.snippetId, flag.flag, 'excerpt' in flag])).toEqual([
      ['duplicate-charge-en', 'wrong', false],
      ['refund-timeline-en', 'stale', false],
    ]);
    expect(report.figures.searchesEmpty.topQueries).toEqual([
      { query: 'router blinking orange', count: 2 },
      { query: '[email]', count: 1 },
      { query: 'static ip', count: 1 },
    ]);
    expect(JSON.stringify(report)).not.toContain('example.com');
    expect(JSON.stringify(report)).not.toContain('NW-2291');
  });

  test('with customer data: the excerpts the agent chose, and the search text as typed', () => {
    const withData = exportMonday(true);
    expect(withData.proposals[0]?.excerpt).toBe(customerExcerpt);
    expect(withData.flags[0]?.excerpt).toBe('I was charged twice on invoice NW-2291.');
    expect(withData.figures.searchesEmpty.topQueries[1]).toEqual({ query: 'jane.doe@example.com', count: 1 });
  });

  test('the figures are the day’s figures, and the stale content is carried', () => {
    expect(report.figures.standards).toMatchObject({ met: 3, breached: 3 });
    expect(report.staleContent).toBe(stale);
  });

  test.each([
    ['jane.doe@example.com refund', '[email] refund'],
    ['order 4471 0032 missing', 'order [number] missing'],
    ['call +1 415-555-0143', 'call [number]'],
    ['fibre 500 upgrade', 'fibre 500 upgrade'],
    ['router x2 2026 firmware', 'router x2 [number] firmware'],
  ])('maskQuery(%j) is %j', (query, masked) => {
    expect(maskQuery(query)).toBe(masked);
  });
});

describe('JSON round trip', () => {
  test.each([false, true])('an export (customer data %s) reads back as it was written', (withData) => {
    const report = exportMonday(withData);
    const read = readReport(reportJson(report));
    expect(read).toEqual({ ok: true, report });
    expect(reportJson(read.ok ? read.report : report)).toBe(reportJson(report));
  });

  test.each([
    { file: 'cut short', text: '{"format": "touchpoint-report/1", ', reason: /^not JSON \(/ },
    { file: 'empty', text: '', reason: /^not JSON \(/ },
    {
      file: 'a knowledge pack',
      text: JSON.stringify(makePackInput()),
      reason: /^not a touchpoint-report\/1 export \(format "touchpoint-pack\/1"\)$/,
    },
    {
      file: 'a list',
      text: '[1, 2, 3]',
      reason: /^not a touchpoint-report\/1 export \(no "format" field\)$/,
    },
    {
      file: 'a negative count',
      text: JSON.stringify({
        ...exportMonday(false),
        figures: { ...exportMonday(false).figures, ticketsViewed: -1 },
      }),
      reason: /^not a valid touchpoint-report\/1 export: figures\.ticketsViewed: /,
    },
  ])('$file is refused with the reason', ({ text, reason }) => {
    const read = readReport(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(reason);
  });

  test('an excerpt in an export made without customer data is refused', () => {
    const report = exportMonday(false);
    const leaking = { ...report, flags: [{ ...report.flags[0], excerpt: 'I was charged twice' }] };
    const read = readReport(JSON.stringify(leaking));
    expect(!read.ok && read.reason).toMatch(
      /^not a valid touchpoint-report\/1 export: flags\.0\.excerpt: an excerpt/,
    );
  });

  test('a field a later version adds is ignored', () => {
    const read = readReport(JSON.stringify({ ...exportMonday(false), series: [] }));
    expect(read).toEqual({ ok: true, report: exportMonday(false) });
  });
});

/** The figures rebuilt from the CSV's rows alone: proof that every figure is in it. */
function figuresFromCsv(rows: Record<string, string>[]): DayFigures {
  const value = (section: string, measure: string, item = '', pack = '') => {
    const row = rows.find(
      (r) => r.section === section && r.measure === measure && r.item === item && r.pack === pack,
    );
    if (!row) throw new Error(`no row ${section} ${pack} ${item} ${measure}`);
    return row.value === '' ? null : Number(row.value);
  };
  const count = (...args: Parameters<typeof value>) => value(...args) ?? Number.NaN;
  const items = (section: string) => [
    ...new Map(rows.filter((r) => r.section === section).map((r) => [`${r.pack}\n${r.item}`, r])).values(),
  ];
  const unescape = (text: string) => text.replace(/^'(?=[=+\-@\t\r])/, '');
  return {
    standards: {
      met: count('standards', 'met'),
      breached: count('standards', 'breached'),
      breachedByMs: {
        median: value('standards', 'breachedByMedianMs'),
        max: value('standards', 'breachedByMaxMs'),
      },
      byStandard: items('standard').map((r) => ({
        standardId: r.item!,
        standardName: unescape(r.label!),
        met: count('standard', 'met', r.item),
        breached: count('standard', 'breached', r.item),
        medianBreachMs: value('standard', 'medianBreachMs', r.item),
      })),
      byChannel: items('channel').map((r) => ({
        channel: r.item as DayFigures['standards']['byChannel'][number]['channel'],
        met: count('channel', 'met', r.item),
        breached: count('channel', 'breached', r.item),
      })),
    },
    firstReplyMedianBusinessMs: value('firstReply', 'medianBusinessMs'),
    ticketsViewed: count('tickets', 'viewed'),
    snippetsInserted: {
      count: count('snippets', 'inserted'),
      bySnippet: items('snippet').map((r) => ({
        packId: r.pack!,
        snippetId: r.item!,
        title: unescape(r.label!),
        count: count('snippet', 'inserted', r.item, r.pack),
      })),
    },
    searchesEmpty: {
      count: count('searches', 'empty'),
      topQueries: items('query').map((r) => ({
        query: unescape(r.item!),
        count: count('query', 'empty', r.item),
      })),
    },
    offers: {
      shown: count('offers', 'shown'),
      accepted: count('offers', 'accepted'),
      declined: count('offers', 'declined'),
      notRelevant: count('offers', 'notRelevant'),
      byOffer: items('offer').map((r) => ({
        packId: r.pack!,
        offerId: r.item!,
        shown: count('offer', 'shown', r.item, r.pack),
        accepted: count('offer', 'accepted', r.item, r.pack),
        declined: count('offer', 'declined', r.item, r.pack),
        notRelevant: count('offer', 'notRelevant', r.item, r.pack),
      })),
    },
    proposals: count('knowledge', 'proposals'),
    flags: { wrong: count('knowledge', 'flagsWrong'), stale: count('knowledge', 'flagsStale') },
  };
}

function parseCsv(text: string) {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...reportCsvColumns]);
  return parsed.data;
}

describe('CSV', () => {
  test.each([false, true])('parses, and holds every figure (customer data %s)', (withData) => {
    const report = exportMonday(withData);
    const rows = parseCsv(reportCsv(report));
    expect(rows).toHaveLength(reportFigureRows(report).length);
    expect(figuresFromCsv(rows)).toEqual(report.figures);
  });

  test('every row says whose figures and over which range', () => {
    const rows = parseCsv(reportCsv(exportMonday(false)));
    for (const row of rows) {
      expect(row).toMatchObject({
        agent: 'Sam Rivera',
        team: 'Billing',
        from: '2026-11-30T05:00:00.000Z',
        to: '2026-12-01T05:00:00.000Z',
      });
    }
  });

  test('hand-checked rows: totals, a standard, a snippet, a median of nothing, stale reasons', () => {
    const rows = parseCsv(reportCsv(exportMonday(false))).map(
      ({ section, pack, item, measure, label, value }) =>
        [section, pack, item, measure, label, value].join('|'),
    );
    expect(rows.slice(0, 4)).toEqual([
      'standards|||met||3',
      'standards|||breached||3',
      'standards|||breachedByMedianMs||2100000',
      'standards|||breachedByMaxMs||3600000',
    ]);
    expect(rows).toContain('standard||email-web|medianBreachMs|Email and web form|2850000');
    expect(rows).toContain('standard||chat|medianBreachMs|Chat (agent discretion)|');
    expect(rows).toContain('snippet|northwind-billing|refund-timeline-en|inserted|When a refund arrives|3');
    expect(rows).toContain('query||[email]|empty||1');
    // Duplicate charge: reviewed 14 Sep, interval 60 days.
    expect(rows.filter((row) => row.startsWith('stale|'))).toEqual([
      'stale|northwind-billing|duplicate-charge-en|past-review|Duplicate charge on an invoice|1',
    ]);
  });

  test('text a spreadsheet would run as a formula is escaped', () => {
    const report = exportMonday(false);
    report.figures.snippetsInserted.bySnippet[0]!.title = '=HYPERLINK("http://evil.example")';
    const text = reportCsv(report);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(figuresFromCsv(parseCsv(text)).snippetsInserted.bySnippet[0]?.title).toBe(
      '=HYPERLINK("http://evil.example")',
    );
  });

  test('two agents’ files concatenate into one sheet', () => {
    const sam = reportCsv(exportMonday(false));
    const priya = reportCsv({ ...exportMonday(false), agent: { name: 'Priya Natarajan' } });
    const merged = `${sam}${priya.split('\r\n').slice(1).join('\r\n')}`;
    const rows = parseCsv(merged);
    expect(new Set(rows.map((row) => row.agent))).toEqual(new Set(['Sam Rivera', 'Priya Natarajan']));
    expect(
      rows.filter((row) => row.section === 'standards' && row.measure === 'met').map((r) => r.value),
    ).toEqual(['3', '3']);
  });
});
