// @vitest-environment node
/**
 * `report merge` and `import-proposals` on the exports in test/fixtures/reports (see its README):
 * Sam Rivera's and Priya Natarajan's Monday, a download cut short, and a pack given by mistake.
 */
import { existsSync } from 'node:fs';
import { copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';

import { buildReport, readReport, reportJson } from '../../lib/activity/report-export';
import { runCli } from '../../scripts/pack/cli';
import { buildPackFolder } from '../../scripts/pack/build-folder';
import { splitFrontMatter } from '../../scripts/pack/front-matter';
import { draftId } from '../../scripts/pack/import-proposals';
import { initPackFolder } from '../../scripts/pack/init';
import { durationText } from '../../scripts/pack/report-table';
import { event } from '../activity/fixed-log';
import { capturedIo, temporaryFolders } from '../fixtures/packs/temp-folder';

const fixtures = fileURLToPath(new URL('../fixtures/reports', import.meta.url));
const tempFolder = temporaryFolders();

const sam = 'sam-rivera.report.json';
const priya = 'priya-natarajan.report.json';
const corrupt = 'corrupt.report.json';
const foreign = 'northwind-billing.pack.json';

describe('report merge', () => {
  test('two agents: a row each, standards and snippets summed across them', async () => {
    const io = capturedIo(fixtures);
    expect(await runCli(['report', 'merge', sam, priya], io)).toBe(0);
    expect(io.errors).toEqual([]);
    // Sam (fixed-log.ts): 3 met, 3 breached by 10/35/60 min, first replies 40/90/155 min.
    // Priya: email met in 25 min; social breached by 25 min after 85 business minutes.
    expect(io.output).toEqual([
      'Merged 2 exports.',
      '',
      'Per agent',
      'agent            team     days        met  breached  median breach  first reply  tickets  snippets  empty searches  offers shown  accepted  declined  proposals  flags',
      'Sam Rivera       Billing  2026-11-30    3         3         35 min   1 h 30 min        3         4               4             3         1         1          1      2',
      'Priya Natarajan  Billing  2026-11-30    1         1         25 min       55 min        2         2               1             1         0         0          2      1',
      '',
      'Per standard (all agents)',
      'standard   name                     met  breached  met in time  agents',
      'email-web  Email and web form         2         2         50 %       2',
      'phone      Phone callbacks            1         1         50 %       1',
      'chat       Chat (agent discretion)    1         0        100 %       1',
      'social     Social media               0         1          0 %       1',
      '',
      'Per snippet (all agents)',
      'pack               snippet              title                               inserted  agents',
      'northwind-billing  refund-timeline-en   When a refund arrives                      4       2',
      'northwind-billing  duplicate-charge-en  Duplicate charge on an invoice             1       1',
      'northwind-billing  late-payment-fee-en  Why a late payment fee was charged         1       1',
      '',
      // Only Sam's export carries a stale-content report: its review date is the pack's, past for all.
      'Stale content (all agents)',
      'pack               snippet              title                           owner         why',
      'northwind-billing  duplicate-charge-en  Duplicate charge on an invoice  Billing team  past-review',
    ]);
  });

  test('stale for the team: unused or unmatched only when no agent used or saw it', async () => {
    const folder = await tempFolder();
    const report = JSON.parse(await readFile(join(fixtures, sam), 'utf8')) as {
      agent: { name: string };
      staleContent: { snippets: { snippetId: string; title: string; reasons: string[] }[] };
    };
    const stale = (snippetId: string, title: string, reasons: string[]) => ({
      packId: 'northwind-billing',
      snippetId,
      title,
      owner: 'Billing team',
      reasons,
      lastInsertedAt: null,
      lastMatchedAt: null,
      reviewDueOn: null,
    });
    report.staleContent.snippets = [
      stale('late-payment-fee-en', 'Why a late payment fee was charged', ['never-matched', 'unused-30-days']),
      stale('refund-timeline-en', 'When a refund arrives', ['unused-30-days']),
    ];
    await writeFile(join(folder, 'sam.json'), JSON.stringify(report));
    report.agent.name = 'Lena Fischer';
    report.staleContent.snippets = [stale('late-payment-fee-en', 'Why a late payment fee was charged', ['unused-30-days'])];
    await writeFile(join(folder, 'lena.json'), JSON.stringify(report));
    const io = capturedIo(folder);
    expect(await runCli(['report', 'merge', 'sam.json', 'lena.json'], io)).toBe(0);
    const staleTable = io.output.slice(io.output.indexOf('Stale content (all agents)') + 2);
    expect(staleTable).toEqual([
      'northwind-billing  late-payment-fee-en  Why a late payment fee was charged  Billing team  unused-30-days',
    ]);
  });

  test('a corrupt, a foreign and a missing file are named with the reason; the others are merged (exit 1)', async () => {
    const io = capturedIo(fixtures);
    expect(await runCli(['report', 'merge', corrupt, sam, foreign, 'absent.report.json', priya], io)).toBe(1);
    expect(io.errors).toEqual([
      expect.stringMatching(/^skipped corrupt\.report\.json: not JSON \(.+\)$/),
      'skipped northwind-billing.pack.json: not a touchpoint-report/1 export (format "touchpoint-pack/1")',
      'skipped absent.report.json: cannot read it (no such file or folder)',
    ]);
    expect(io.output[0]).toBe('Merged 2 exports (3 skipped).');
    expect(io.output.filter((line) => /^(Sam Rivera|Priya Natarajan) /.test(line))).toHaveLength(2);
  });

  test('a folder, an invalid export and the same export twice are skipped too', async () => {
    const folder = await tempFolder();
    const report = JSON.parse(await readFile(join(fixtures, sam), 'utf8'));
    await writeFile(join(folder, 'negative.json'), JSON.stringify({ ...report, agent: { name: 'Ana' }, proposals: 'none' }));
    await copyFile(join(fixtures, sam), join(folder, 'sam-again.json'));
    const io = capturedIo(folder);
    const files = [join(fixtures, sam), '.', 'negative.json', 'sam-again.json'];
    expect(await runCli(['report', 'merge', ...files], io)).toBe(1);
    expect(io.errors).toEqual([
      expect.stringMatching(/^skipped \.: cannot read it \(.*\)$/),
      expect.stringMatching(/^skipped negative\.json: not a valid touchpoint-report\/1 export: proposals: /),
      `skipped sam-again.json: the same agent and days as ${join(fixtures, sam)}, counted once`,
    ]);
    expect(io.output[0]).toBe('Merged 1 export (3 skipped).');
  });

  test('nothing readable: nothing to merge (exit 1)', async () => {
    const io = capturedIo(fixtures);
    expect(await runCli(['report', 'merge', corrupt, foreign], io)).toBe(1);
    expect(io.errors.at(-1)).toBe('nothing to merge: no file was a readable export');
    expect(io.output).toEqual([]);
  });

  test('an export without the agent’s name is listed by its file name', async () => {
    const folder = await tempFolder();
    const report = JSON.parse(await readFile(join(fixtures, sam), 'utf8'));
    await writeFile(join(folder, 'desk-7.json'), JSON.stringify({ ...report, agent: {} }));
    const io = capturedIo(folder);
    expect(await runCli(['report', 'merge', 'desk-7.json'], io)).toBe(0);
    expect(io.output[4]).toMatch(/^desk-7 {2,}2026-11-30 /);
  });

  test('--csv writes the team table as long-format CSV', async () => {
    const folder = await tempFolder();
    const io = capturedIo(fixtures);
    const out = join(folder, 'team.csv');
    expect(await runCli(['report', 'merge', sam, priya, '--csv', out], io)).toBe(0);
    expect(io.output.at(-1)).toBe(`written ${out}`);
    const parsed = Papa.parse<Record<string, string>>(await readFile(out, 'utf8'), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['table', 'pack', 'item', 'label', 'measure', 'value']);
    const value = (table: string, item: string, measure: string) =>
      parsed.data.find((row) => row.table === table && row.item === item && row.measure === measure)?.value;
    expect(value('agents', 'Sam Rivera', 'days')).toBe('2026-11-30');
    expect(value('agents', 'Sam Rivera', 'firstReplyMedianBusinessMs')).toBe(String(90 * 60_000));
    expect(value('agents', 'Priya Natarajan', 'proposals')).toBe('2');
    expect(value('standards', 'email-web', 'met')).toBe('2');
    expect(value('standards', 'social', 'breached')).toBe('1');
    expect(value('snippets', 'refund-timeline-en', 'inserted')).toBe('4');
    expect(value('snippets', 'refund-timeline-en', 'agents')).toBe('2');
  });

  test.each([
    { args: ['report'], first: 'pack report: missing a subcommand: merge' },
    { args: ['report', 'combine', 'a.json'], first: 'pack report: unknown subcommand "combine"; the one there is: merge' },
    { args: ['report', 'merge'], first: 'pack report: merge: missing <report.json…>' },
    { args: ['report', 'merge', 'a.json', '--out', 'x.csv'], first: "pack report: merge: Unknown option '--out'" },
  ])('refuses $args with the reason and the usage (exit 2)', async ({ args, first }) => {
    const io = capturedIo(fixtures);
    expect(await runCli(args, io)).toBe(2);
    // Node's own message for an unknown option goes on with advice.
    expect(io.errors[0]?.slice(0, first.length)).toBe(first);
    expect(io.errors[1]).toMatch(/^Usage: npm run pack -- report merge /);
  });

  test.each([
    { ms: null, text: '—' },
    { ms: 0, text: '0 min' },
    { ms: 35 * 60_000, text: '35 min' },
    { ms: 60 * 60_000, text: '1 h' },
    { ms: 155 * 60_000, text: '2 h 35 min' },
  ])('durationText($ms) is $text', ({ ms, text }) => {
    expect(durationText(ms)).toBe(text);
  });
});

/** A pack folder whose pack.yaml has the id `northwind-billing`, as `pack init` makes it. */
async function packFolder(): Promise<{ root: string; folder: string }> {
  const root = await tempFolder();
  const folder = join(root, 'northwind-billing');
  await initPackFolder(folder);
  return { root, folder };
}

async function importInto(root: string, ...args: string[]) {
  const io = capturedIo(fixtures);
  const code = await runCli(['import-proposals', ...args, '--into', join(root, 'northwind-billing')], io);
  return { code, io };
}

describe('import-proposals', () => {
  test('each proposal becomes a draft in proposals/, each flag an entry in proposals/flags.md', async () => {
    const { root, folder } = await packFolder();
    const { code, io } = await importInto(root, sam, priya);
    expect(code).toBe(0);
    expect(io.errors).toEqual([]);
    expect(io.output).toEqual([
      'wrote proposals/router-light-blinking-orange-en.md',
      'wrote proposals/late-fee-waived-once-a-year-en.md',
      'wrote proposals/router-light-blinking-orange-en-2.md',
      'listed 3 flags in proposals/flags.md',
      '3 drafts and 3 flags from 2 exports',
    ]);
    const draft = await readFile(join(folder, 'proposals/late-fee-waived-once-a-year-en.md'), 'utf8');
    expect(draft).toContain('# Draft snippet proposed by Priya Natarajan (Billing) on 2026-11-30,');
    expect(draft).toContain('#   I paid two days late because of the bank holiday');
    const split = splitFrontMatter(draft);
    expect(split.ok && split.body).toBe(
      'Hi {{requester.firstName | "there"}},\n\nWe waive one late payment fee a year. I have removed it from your next invoice.',
    );
    const flags = await readFile(join(folder, 'proposals/flags.md'), 'utf8');
    expect(flags.match(/^- \[ \] \*\*(wrong|stale)\*\*: `[a-z-]+`/gm)).toEqual([
      '- [ ] **wrong**: `duplicate-charge-en`',
      '- [ ] **stale**: `refund-timeline-en`',
      '- [ ] **stale**: `refund-timeline-en`',
    ]);
    expect(flags).toContain('  > Your page says 5 days but my bank says 2.');
  });

  test('the build ignores proposals/; a draft moved into snippets/ builds, without the customer text', async () => {
    const { root, folder } = await packFolder();
    const before = await buildPackFolder(folder);
    await importInto(root, priya);
    const ignored = await buildPackFolder(folder);
    expect(ignored.ok && ignored.pack.snippets.length).toBe(before.ok && before.pack.snippets.length);

    await rename(
      join(folder, 'proposals/late-fee-waived-once-a-year-en.md'),
      join(folder, 'snippets/late-fee-waived-once-a-year-en.md'),
    );
    const accepted = await buildPackFolder(folder);
    expect(accepted.ok).toBe(true);
    expect(accepted.ok && accepted.pack.snippets.find((s) => s.id === 'late-fee-waived-once-a-year-en')).toMatchObject({
      title: 'Late fee waived once a year',
      category: 'billing',
      locale: 'en',
      owner: 'Billing',
      updatedAt: '2026-11-30',
    });
    expect(accepted.ok && accepted.text).not.toContain('bank holiday');
  });

  test('never overwrites, never imports twice, and a rejected (deleted) draft stays deleted', async () => {
    const { root, folder } = await packFolder();
    // A file of the lead's own where the first draft would go.
    await writeFile(join(folder, 'proposals.md'), 'not touched');
    const mine = join(folder, 'proposals/router-light-blinking-orange-en.md');
    await importInto(root, priya);
    const first = await readFile(mine, 'utf8');
    await writeFile(mine, `${first}\nEdited by the lead.\n`);
    await rm(join(folder, 'proposals/late-fee-waived-once-a-year-en.md'));
    const flagsFile = join(folder, 'proposals/flags.md');
    await writeFile(flagsFile, (await readFile(flagsFile, 'utf8')).replace('- [ ]', '- [x]'));

    const again = await importInto(root, priya, priya);
    expect(again.code).toBe(0);
    expect(again.io.output).toEqual(['0 drafts and 0 flags from 2 exports (6 already imported)']);
    expect(await readFile(mine, 'utf8')).toContain('Edited by the lead.');
    expect(existsSync(join(folder, 'proposals/late-fee-waived-once-a-year-en.md'))).toBe(false);
    expect(await readFile(flagsFile, 'utf8')).toContain('- [x]');

    // Sam's proposal has the same title as Priya's second: it gets the next free name.
    const sams = await importInto(root, sam);
    expect(sams.io.output[0]).toBe('wrote proposals/router-light-blinking-orange-en-2.md');
    expect(await readFile(mine, 'utf8')).toContain('Edited by the lead.');
    const flags = await readFile(flagsFile, 'utf8');
    expect(flags.indexOf('- [x]')).toBeLessThan(flags.indexOf('Sam Rivera'));
  });

  test('a draft accepted into snippets/ is not imported again', async () => {
    const { root, folder } = await packFolder();
    await importInto(root, sam);
    await rename(
      join(folder, 'proposals/router-light-blinking-orange-en.md'),
      join(folder, 'snippets/router-light-blinking-orange-en.md'),
    );
    await rm(join(folder, 'proposals/.imported'));
    const again = await importInto(root, sam);
    expect(again.io.output).toEqual(['0 drafts and 0 flags from 1 export (3 already imported)']);
  });

  test('proposals and flags for another pack are left for that pack', async () => {
    const { root, folder } = await packFolder();
    const read = readReport(await readFile(join(fixtures, sam), 'utf8'));
    if (!read.ok) throw new Error(read.reason);
    const harbour = {
      ...read.report,
      proposals: read.report.proposals.map((proposal) => ({ ...proposal, packId: 'harbour-billing' })),
      flags: read.report.flags.map((flag, index) => (index === 0 ? { ...flag, packId: 'harbour-billing' } : flag)),
    };
    await writeFile(join(root, 'harbour.json'), reportJson(harbour));
    const io = capturedIo(root);
    expect(await runCli(['import-proposals', 'harbour.json', '--into', 'northwind-billing'], io)).toBe(0);
    expect(io.output).toEqual(['listed 1 flag in proposals/flags.md', '0 drafts and 1 flag from 1 export (2 for other packs)']);
    expect(existsSync(join(folder, 'proposals/router-light-blinking-orange-en.md'))).toBe(false);
  });

  test('a corrupt export is named and skipped, the others imported (exit 1)', async () => {
    const { root } = await packFolder();
    const { code, io } = await importInto(root, corrupt, foreign, sam);
    expect(code).toBe(1);
    expect(io.errors).toEqual([
      expect.stringMatching(/^skipped corrupt\.report\.json: not JSON/),
      'skipped northwind-billing.pack.json: not a touchpoint-report/1 export (format "touchpoint-pack/1")',
    ]);
    expect(io.output.at(-1)).toBe('1 draft and 2 flags from 1 export');
  });

  test('--locale sets the drafts’ locale and id', async () => {
    const { root, folder } = await packFolder();
    const { io } = await importInto(root, sam, '--locale', 'de');
    expect(io.output[0]).toBe('wrote proposals/router-light-blinking-orange-de.md');
    expect(await readFile(join(folder, 'proposals/router-light-blinking-orange-de.md'), 'utf8')).toMatch(/^locale: de$/m);
  });

  test('a folder without pack.yaml is not a pack folder (exit 1)', async () => {
    const root = await tempFolder();
    const io = capturedIo(root);
    expect(await runCli(['import-proposals', join(fixtures, sam), '--into', 'nowhere'], io)).toBe(1);
    expect(io.errors).toEqual([
      `cannot import into ${join(root, 'nowhere')}: it is not a pack folder: cannot read its pack.yaml (no such file or folder)`,
    ]);
  });

  test.each([
    { args: [sam], first: 'pack import-proposals: missing --into <pack folder>' },
    { args: ['--into', 'billing'], first: 'pack import-proposals: missing <report.json…>' },
    {
      args: [sam, '--into', 'billing', '--locale', 'english'],
      first: 'pack import-proposals: --locale must be a tag such as "en" or "de-CH", got "english"',
    },
  ])('refuses $args with the reason and the usage (exit 2)', async ({ args, first }) => {
    const io = capturedIo(fixtures);
    expect(await runCli(['import-proposals', ...args], io)).toBe(2);
    expect(io.errors[0]).toBe(first);
    expect(io.errors[1]).toMatch(/^Usage: npm run pack -- import-proposals /);
  });

  test.each([
    ['Late fee waived once a year', 'en', 'late-fee-waived-once-a-year-en'],
    ['Rückerstattung: Überweisung dauert länger', 'de', 'ruckerstattung-uberweisung-dauert-langer-de'],
    ['???', 'en', 'proposal-en'],
    ['A very long title that keeps going well past the sixty characters a snippet id should hold', 'en-GB', 'a-very-long-title-that-keeps-going-well-past-the-sixty-chara-en-gb'],
  ])('draftId(%j, %j) is %j', (title, locale, id) => {
    expect(draftId(title, locale)).toBe(id);
  });

  test('a proposal made from events of the log round-trips into a draft', async () => {
    const { root, folder } = await packFolder();
    const proposal = event('snippet-proposal', '2026-12-01T10:00:00Z', {
      helpdesk: 'freshdesk',
      ticketId: '20931',
      title: 'Moving home: "keep your number"',
      body: '---\nKeep your number when you move: tell us the date **two weeks** ahead.\n---',
      excerpt: 'Line one of what the customer wrote\nLine two: --- not a fence',
    });
    const report = buildReport({
      events: [proposal],
      outcomes: [],
      from: Date.parse('2026-12-01T05:00:00Z'),
      to: Date.parse('2026-12-02T05:00:00Z'),
      timeZone: 'America/New_York',
      exportedAt: Date.parse('2026-12-01T23:00:00Z'),
      includesCustomerData: true,
    });
    await writeFile(join(root, 'tuesday.json'), reportJson(report));
    const io = capturedIo(root);
    expect(await runCli(['import-proposals', 'tuesday.json', '--into', 'northwind-billing'], io)).toBe(0);
    await rename(
      join(folder, 'proposals/moving-home-keep-your-number-en.md'),
      join(folder, 'snippets/moving-home-keep-your-number-en.md'),
    );
    const built = await buildPackFolder(folder);
    expect(built.ok && built.pack.snippets.find((s) => s.id === 'moving-home-keep-your-number-en')).toMatchObject({
      title: 'Moving home: "keep your number"',
      body: '---\nKeep your number when you move: tell us the date **two weeks** ahead.\n---',
      owner: 'To assign',
      category: 'uncategorised',
    });
  });
});
