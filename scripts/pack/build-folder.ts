import { PACK_FORMAT, type Pack } from '../../lib/packs/pack-schema';
import { formatPackError, parsePackText } from '../../lib/packs/parse';
import { checkPack } from '../../lib/packs/parse-issues';
import { readPackFolder } from './pack-folder';
import { locateIssue, sortedSourceErrors } from './source-map';
import type { SourceError } from './yaml-source';

export type FolderBuild = { ok: true; pack: Pack; text: string } | { ok: false; errors: SourceError[] };

/** To the second: the milliseconds of a build time say nothing to a reader. */
function publicationTime(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A pack folder assembled into the text of one pack.json, validated exactly as the extension
 * will validate it. Problems are reported at their file and line: first every file that cannot
 * be read, then, once all can, every field that is wrong.
 */
export async function buildPackFolder(folder: string, now = new Date()): Promise<FolderBuild> {
  const { input, sources, errors } = await readPackFolder(folder);
  // A file that could not be read would only add noise ("unknown product" for every offer).
  if (errors.length > 0) return { ok: false, errors: sortedSourceErrors(errors) };
  const assembled = { format: PACK_FORMAT, ...input, publishedAt: input.publishedAt ?? publicationTime(now) };
  const check = checkPack(assembled);
  if (!check.ok) {
    return {
      ok: false,
      errors: sortedSourceErrors(check.issues.map((issue) => locateIssue(sources, issue))),
    };
  }

  const text = `${JSON.stringify(check.pack, null, 2)}\n`;
  // What the extension reads is the file, so the file is checked too (its size, above all).
  const reread = parsePackText(text);
  if (!reread.ok) {
    return {
      ok: false,
      errors: reread.errors.map((error) => ({ file: 'pack.json', message: formatPackError(error) })),
    };
  }
  return { ok: true, pack: reread.pack, text };
}
