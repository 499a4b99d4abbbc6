import type { PackIssue } from '../../lib/packs/parse-issues';
import { formatPackPath } from '../../lib/packs/parse';
import { sections, type PackSources, type Section } from './pack-folder';
import type { SourceError } from './yaml-source';

function isSection(key: string | number | undefined): key is Section {
  return (sections as readonly unknown[]).includes(key);
}

/** A field in quotes is text; YAML reads `id: 0042` as the number 42. */
function withYamlHint(message: string): string {
  return /^expected text, got -?[\d.e+]+$/.test(message) ? `${message}; put it in quotes` : message;
}

function located(
  file: string,
  line: number | undefined,
  path: readonly (string | number)[],
  message: string,
) {
  const shown = path.length > 0 ? `${formatPackPath(path)}: ${withYamlHint(message)}` : withYamlHint(message);
  return { file, line, message: shown };
}

/**
 * Where a problem in the assembled pack was written: `standards[0].targets[0].within` becomes
 * `standards.yaml:14` and the path inside that entry; `snippets[12].locale` becomes the snippet's
 * own file and the line of its `locale:`.
 */
export function locateIssue(sources: PackSources, issue: PackIssue): SourceError {
  const [head, index, ...inside] = issue.path;
  if (head === 'snippets' && typeof index === 'number') {
    const snippet = sources.snippets[index];
    if (snippet) {
      const line = inside[0] === 'body' ? snippet.bodyLine : snippet.frontMatter.lineOf(inside);
      return located(snippet.file, line, inside, issue.message);
    }
  }
  if (isSection(head)) {
    const source = sources.sections[head];
    if (source && typeof index === 'number') {
      return located(source.file, source.lineOf(issue.path.slice(1)), inside, issue.message);
    }
    if (source) return located(source.file, 1, issue.path.slice(1), issue.message);
  }
  if (head === 'snippets') return located('snippets/', undefined, issue.path.slice(1), issue.message);
  const header = sources.header;
  return located(header?.file ?? 'pack.yaml', header?.lineOf(issue.path), issue.path, issue.message);
}

export function formatSourceError(error: SourceError): string {
  return `${error.file}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}`;
}

/** In the order a team lead fixes them: file by file, top to bottom. */
export function sortedSourceErrors(errors: readonly SourceError[]): SourceError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
