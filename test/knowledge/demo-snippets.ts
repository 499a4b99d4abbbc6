import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { type Snippet, snippetSchema } from '../../lib/packs/snippet-schema';

export const demoSnippetsFolder = 'packs/northwind-support/snippets';

const frontMatter = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

function scalar(text: string): string {
  const value = text.trim();
  const quote = value[0];
  if ((quote === "'" || quote === '"') && value.endsWith(quote)) return value.slice(1, -1);
  return value;
}

/**
 * Reads the few YAML shapes the demo snippets use (`key: value`, `key: [a, b]`, quoted strings),
 * enough for tests and the bench to load them without the pack tool. The schema then checks
 * every field, so a file this reader misunderstands fails loudly instead of ranking oddly.
 */
function readSnippetFile(path: string): Snippet {
  const match = frontMatter.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path}: no front matter between --- lines`);
  const fields: Record<string, string | string[]> = { body: match[2]!.trim() };
  for (const line of match[1]!.split('\n')) {
    const separator = line.indexOf(':');
    if (separator < 0) throw new Error(`${path}: expected "key: value", got "${line}"`);
    const value = line.slice(separator + 1).trim();
    fields[line.slice(0, separator).trim()] =
      value.startsWith('[') && value.endsWith(']')
        ? value.slice(1, -1).split(',').map(scalar).filter(Boolean)
        : scalar(value);
  }
  const parsed = snippetSchema.safeParse(fields);
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.data;
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The demo pack's snippets, sorted by file path so every run sees the same array order. */
export function loadDemoSnippets(folder = demoSnippetsFolder): Snippet[] {
  return markdownFiles(folder)
    .sort()
    .map((path) => {
      const snippet = readSnippetFile(path);
      const category = relative(folder, path).split(/[/\\]/)[0];
      if (snippet.category !== category) {
        throw new Error(`${path}: category "${snippet.category}" but the file is in ${category}/`);
      }
      return snippet;
    });
}
