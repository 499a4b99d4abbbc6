import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

import { splitFrontMatter } from './front-matter';
import { readYaml, type SourceError, type YamlSource } from './yaml-source';

export const sections = ['products', 'calendars', 'standards', 'offers'] as const;
export type Section = (typeof sections)[number];

/** Where each part of an assembled pack was written, to report problems at their file and line. */
export interface PackSources {
  header?: YamlSource;
  sections: Partial<Record<Section, YamlSource>>;
  snippets: { file: string; frontMatter: YamlSource; bodyLine: number }[];
}

export interface PackFolder {
  /** pack.yaml's fields, each section's list, and the snippets, before validation. */
  input: Record<string, unknown>;
  sources: PackSources;
  errors: SourceError[];
}

const sectionExtensions = ['.yaml', '.yml', '.json'];

async function readSource(folder: string, file: string): Promise<YamlSource | SourceError[]> {
  const read = readYaml(file, await readFile(join(folder, file), 'utf8'));
  return read.ok ? read.source : read.errors;
}

/** The one file a section is written in, or an error when it is written twice. */
function sectionFile(folder: string, name: string): string | SourceError | undefined {
  const found = sectionExtensions
    .map((extension) => `${name}${extension}`)
    .filter((file) => existsSync(join(folder, file)));
  if (found.length > 1)
    return { file: found.join(', '), message: `${name} is written twice; keep one of these files` };
  return found[0];
}

async function snippetFiles(folder: string): Promise<string[]> {
  if (!existsSync(join(folder, 'snippets'))) return [];
  const entries = await readdir(join(folder, 'snippets'), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

async function readSnippet(folder: string, file: string, errors: SourceError[], sources: PackSources) {
  const split = splitFrontMatter(await readFile(join(folder, file), 'utf8'));
  if (!split.ok) {
    errors.push({ file, line: split.line, message: split.message });
    return undefined;
  }
  const read = readYaml(file, split.frontMatter, split.frontMatterLine);
  if (!read.ok) {
    errors.push(...read.errors);
    return undefined;
  }
  const fields = read.source.value ?? {};
  if (typeof fields === 'object' && !Array.isArray(fields) && 'body' in fields) {
    errors.push({
      file,
      line: read.source.lineOf(['body']),
      message: 'body: the body is the Markdown after the front matter, not a field',
    });
    return undefined;
  }
  sources.snippets.push({ file, frontMatter: read.source, bodyLine: split.bodyLine });
  // A front matter that is not a map is passed on as it is, for the schema to name the problem.
  return typeof fields === 'object' && !Array.isArray(fields) ? { ...fields, body: split.body } : fields;
}

/** Reads `pack.yaml`, the section files and `snippets/**\/*.md` of a pack folder. */
export async function readPackFolder(folder: string): Promise<PackFolder> {
  const errors: SourceError[] = [];
  const sources: PackSources = { sections: {}, snippets: [] };
  let header: Record<string, unknown> = {};
  if (!existsSync(join(folder, 'pack.yaml'))) {
    errors.push({
      file: 'pack.yaml',
      message: 'missing: every pack folder has a pack.yaml (id, name, version, publisher)',
    });
  } else {
    const read = await readSource(folder, 'pack.yaml');
    if (Array.isArray(read)) errors.push(...read);
    else {
      sources.header = read;
      header =
        typeof read.value === 'object' && read.value !== null ? (read.value as Record<string, unknown>) : {};
      for (const misplaced of [...sections, 'snippets'].filter((key) => key in header)) {
        errors.push({
          file: 'pack.yaml',
          line: read.lineOf([misplaced]),
          message: `${misplaced}: write ${misplaced} in ${misplaced === 'snippets' ? 'snippets/*.md' : `${misplaced}.yaml`}, not in pack.yaml`,
        });
      }
    }
  }
  const input: Record<string, unknown> = { ...header };
  for (const section of sections) {
    const file = sectionFile(folder, section);
    if (typeof file === 'object') errors.push(file);
    if (typeof file !== 'string') continue;
    const read = await readSource(folder, file);
    if (Array.isArray(read)) errors.push(...read);
    else {
      sources.sections[section] = read;
      // An empty file is an empty section.
      input[section] = read.value ?? [];
    }
  }
  const snippets = [];
  for (const file of await snippetFiles(folder)) {
    const snippet = await readSnippet(folder, file, errors, sources);
    if (snippet !== undefined) snippets.push(snippet);
  }
  input.snippets = snippets;
  return { input, sources, errors };
}
