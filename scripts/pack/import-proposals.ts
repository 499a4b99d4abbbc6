import { existsSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Report, ReportFlag, ReportProposal } from '../../lib/activity/report-export';
import { localeSchema } from '../../lib/packs/snippet-schema';
import { describeFailure, readArgs, resolvePath, usageError, type Command, type Io } from './command';
import { readReportFiles } from './report-files';
import { readYaml } from './yaml-source';

/**
 * `import-proposals` (issue #7, item 3): agents' snippet proposals and flags, from their
 * exports, as drafts a team lead reviews. Drafts go to `<pack folder>/proposals/`, which the
 * build does not read (it reads pack.yaml, the section files and snippets/**): the snippet
 * schema has no "draft" field, and a draft must never be published by accident. Moving a draft
 * into snippets/ is the act of accepting it. Nothing existing is ever overwritten.
 */
export const PROPOSALS_FOLDER = 'proposals';
export const FLAGS_FILE = 'flags.md';

type Agent = Report['agent'];

function agentText(agent: Agent): string {
  const name = agent.name ?? 'an agent';
  return agent.team === undefined ? name : `${name} (${agent.team})`;
}

/** "Late fee waived once a year" → "late-fee-waived-once-a-year-en", as pack snippet ids read. */
export function draftId(title: string, locale: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'proposal'}-${locale.toLowerCase()}`;
}

/** Comment lines: YAML drops them, so nothing in them reaches the built pack.json. */
function commentLines(text: string, indent = ''): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => `#${indent}${line}`.trimEnd());
}

const marker = (kind: 'proposal' | 'flag', id: string) => `${kind}: ${JSON.stringify(id)}`;

/**
 * The draft snippet file: the front matter the pack build expects (scripts/pack/pack-folder.ts,
 * lib/packs/snippet-schema.ts), headed by comments saying where it came from; then the body.
 */
export function draftSnippet(proposal: ReportProposal, agent: Agent, id: string, locale: string): string {
  const header = [
    `# Draft snippet proposed by ${agentText(agent)} on ${proposal.at.slice(0, 10)},`,
    `# from ${proposal.helpdesk} ticket ${proposal.ticketId}. To accept it: check every field below (owner,`,
    '# locale, tags, products, channels), then move this file into snippets/ and build the pack.',
    `# ${marker('proposal', proposal.id)}`,
  ];
  if (proposal.excerpt !== undefined) {
    header.push(
      '#',
      '# The ticket text the agent chose (customer text: comments never reach pack.json, but',
      '# delete these lines once read):',
      ...commentLines(proposal.excerpt, '   '),
    );
  }
  const fields = [
    `id: ${id}`,
    `title: ${JSON.stringify(proposal.title)}`,
    `category: ${JSON.stringify(proposal.category ?? 'uncategorised')}`,
    'tags: []',
    'products: []',
    'channels: []',
    `locale: ${locale}`,
    `owner: ${JSON.stringify(agent.team ?? 'To assign')}`,
    `updatedAt: '${proposal.at.slice(0, 10)}'`,
    'teams: []',
  ];
  return ['---', ...header, ...fields, '---', '', proposal.body.trimEnd(), ''].join('\n');
}

/** One flag as a review-list entry; the note and excerpt as quotes, so their text cannot break the list. */
export function flagEntry(flag: ReportFlag, agent: Agent): string {
  const quote = (text: string) => text.split(/\r\n|\r|\n/).map((line) => `  > ${line}`.trimEnd());
  return [
    `- [ ] **${flag.flag}**: \`${flag.snippetId}\` "${flag.snippetTitle}" (pack \`${flag.packId}\`)`,
    `  flagged by ${agentText(agent)} on ${flag.at.slice(0, 10)} <!-- ${marker('flag', flag.id)} -->`,
    ...(flag.note.trim() === '' ? [] : ['', ...quote(flag.note)]),
    ...(flag.excerpt === undefined
      ? []
      : ['', '  Ticket text the agent chose (customer text):', '', ...quote(flag.excerpt)]),
    '',
  ].join('\n');
}

const flagsHeader = `# Snippets flagged by agents

Agents flagged these snippets as wrong or stale. Check each one, fix or retire the snippet, then
tick or delete its entry. \`npm run pack -- import-proposals\` adds new flags at the end and never
lists one twice.

`;

interface Imported {
  written: string[];
  alreadyImported: number;
  flags: number;
  otherPacks: number;
}

/** Every imported id is also noted here, so a draft the lead deleted (rejected) stays deleted. */
const LEDGER_FILE = '.imported';

async function markdownTexts(folder: string, recursive: boolean): Promise<string[]> {
  const entries = await readdir(folder, { recursive, withFileTypes: true }).catch(() => []);
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')),
  );
}

/**
 * What was imported before: the ledger, the drafts and flags still in proposals/, and the
 * accepted drafts moved into snippets/ (their comment header travels with them).
 */
async function importedBefore(folder: string): Promise<string> {
  const ledger = await readFile(join(folder, PROPOSALS_FOLDER, LEDGER_FILE), 'utf8').catch(() => '');
  const drafts = await markdownTexts(join(folder, PROPOSALS_FOLDER), false);
  const snippets = await markdownTexts(join(folder, 'snippets'), true);
  return [ledger, ...drafts, ...snippets].join('\n');
}

async function writeDraft(
  folder: string,
  proposal: ReportProposal,
  agent: Agent,
  locale: string,
): Promise<string> {
  const base = draftId(proposal.title, locale);
  for (let attempt = 1; ; attempt += 1) {
    const id = attempt === 1 ? base : `${base}-${attempt}`;
    const file = `${id}.md`;
    try {
      // "wx": fails if the file exists, so a draft (or a lead's edit of it) is never overwritten.
      await writeFile(join(folder, file), draftSnippet(proposal, agent, id, locale), { flag: 'wx' });
      return file;
    } catch (error) {
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST'))
        throw error;
    }
  }
}

/** Writes the drafts and flags of `reports` that are for `packId` into `<folder>/proposals/`. */
export async function importProposals(
  folder: string,
  packId: string,
  reports: readonly Report[],
  locale: string,
): Promise<Imported> {
  const target = join(folder, PROPOSALS_FOLDER);
  await mkdir(target, { recursive: true });
  const known = await importedBefore(folder);
  const result: Imported = { written: [], alreadyImported: 0, flags: 0, otherPacks: 0 };
  const newFlags: string[] = [];
  const ledger: string[] = [];
  // Also within this run: the same export given twice imports once.
  const isKnown = (id: string) => known.includes(id) || ledger.includes(id);
  for (const report of reports) {
    for (const proposal of report.proposals) {
      // A proposal without a pack is for whichever pack the lead imports it into.
      if (proposal.packId !== undefined && proposal.packId !== packId) result.otherPacks += 1;
      else if (isKnown(marker('proposal', proposal.id))) result.alreadyImported += 1;
      else {
        result.written.push(
          `${PROPOSALS_FOLDER}/${await writeDraft(target, proposal, report.agent, locale)}`,
        );
        ledger.push(marker('proposal', proposal.id));
      }
    }
    for (const flag of report.flags) {
      if (flag.packId !== packId) result.otherPacks += 1;
      else if (isKnown(marker('flag', flag.id))) result.alreadyImported += 1;
      else {
        newFlags.push(flagEntry(flag, report.agent));
        ledger.push(marker('flag', flag.id));
      }
    }
  }
  if (newFlags.length > 0) {
    const flagsFile = join(target, FLAGS_FILE);
    // Appended, never rewritten: the lead may have ticked or annotated entries already.
    const prefix = existsSync(flagsFile) ? '\n' : flagsHeader;
    await appendFile(flagsFile, `${prefix}${newFlags.join('\n')}`);
    result.flags = newFlags.length;
  }
  if (ledger.length > 0) await appendFile(join(target, LEDGER_FILE), `${ledger.join('\n')}\n`);
  return result;
}

/** The pack's id from pack.yaml, or why the folder is not a pack folder. */
async function packIdOf(folder: string): Promise<string | { reason: string }> {
  let text: string;
  try {
    text = await readFile(join(folder, 'pack.yaml'), 'utf8');
  } catch (error) {
    return { reason: `it is not a pack folder: cannot read its pack.yaml (${describeFailure(error)})` };
  }
  const read = readYaml('pack.yaml', text);
  const value = read.ok ? read.source.value : undefined;
  const id = typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
  return typeof id === 'string' && id !== '' ? id : { reason: 'its pack.yaml has no id' };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const importProposalsCommand: Command = {
  name: 'import-proposals',
  summary: "turn agents' snippet proposals and flags into drafts for review",
  usage: `Usage: npm run pack -- import-proposals <report.json…> --into <pack folder> [--locale <tag>]

Reads agents' "My day" exports (touchpoint-report/1, docs/report-format.md) and writes each
snippet proposal for this pack (or for no pack in particular) as a draft snippet file in
<pack folder>/proposals/, and each flag on one of its snippets into proposals/flags.md. The
build ignores proposals/: to accept a draft, review its fields and move it into snippets/.
--locale sets the drafts' locale (default "en").

Never overwrites a file, and never imports the same proposal or flag twice. A file that is not
a readable export is named with the reason and skipped (exit code 1); 0 otherwise.`,
  async run(args, io: Io) {
    const parsed = readArgs(
      args,
      { into: { type: 'string' }, locale: { type: 'string', default: 'en' } },
      { min: 1, max: Infinity, names: '<report.json…>' },
    );
    if (typeof parsed === 'string') return usageError(io, importProposalsCommand, parsed);
    const { into, locale } = parsed.values;
    if (into === undefined) return usageError(io, importProposalsCommand, 'missing --into <pack folder>');
    if (!localeSchema.safeParse(locale).success) {
      return usageError(
        io,
        importProposalsCommand,
        `--locale must be a tag such as "en" or "de-CH", got "${locale}"`,
      );
    }
    const folder = resolvePath(io, into);
    const packId = await packIdOf(folder);
    if (typeof packId !== 'string') {
      io.err(`cannot import into ${folder}: ${packId.reason}`);
      return 1;
    }
    const { reports, skipped } = await readReportFiles(parsed.positionals, io);
    let imported: Imported;
    try {
      imported = await importProposals(
        folder,
        packId,
        reports.map((named) => named.report),
        locale,
      );
    } catch (error) {
      io.err(`cannot write into ${join(folder, PROPOSALS_FOLDER)}: ${describeFailure(error)}`);
      return 1;
    }
    for (const file of imported.written) io.out(`wrote ${file}`);
    if (imported.flags > 0)
      io.out(`listed ${plural(imported.flags, 'flag')} in ${PROPOSALS_FOLDER}/${FLAGS_FILE}`);
    const notes = [
      imported.alreadyImported > 0 ? `${imported.alreadyImported} already imported` : '',
      imported.otherPacks > 0 ? `${imported.otherPacks} for other packs` : '',
    ].filter(Boolean);
    io.out(
      `${plural(imported.written.length, 'draft')} and ${plural(imported.flags, 'flag')} from ${plural(reports.length, 'export')}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`,
    );
    return skipped > 0 ? 1 : 0;
  },
};
