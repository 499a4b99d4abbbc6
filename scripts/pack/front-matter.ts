/**
 * A Markdown snippet file: YAML front matter between two `---` lines, then the body. Lines are
 * 1-based, as editors number them, so errors in either part point at the right line.
 */
export type FrontMatterSplit =
  | { ok: true; frontMatter: string; frontMatterLine: number; body: string; bodyLine: number }
  | { ok: false; line: number; message: string };

const fence = /^---\s*$/;
/** YAML's end-of-document marker also closes front matter, as Jekyll and Hugo accept. */
const closingFence = /^(?:---|\.\.\.)\s*$/;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!fence.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      message:
        'a snippet starts with front matter: a "---" line, its fields (id, title, …), then another "---" line',
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && closingFence.test(line));
  if (closing === -1) {
    return { ok: false, line: 1, message: 'the front matter opened here is never closed with a "---" line' };
  }
  let bodyStart = closing + 1;
  while (bodyStart < lines.length && lines[bodyStart]!.trim() === '') bodyStart++;
  const body = lines.slice(bodyStart).join('\n').trimEnd();
  return {
    ok: true,
    frontMatter: lines.slice(1, closing).join('\n'),
    frontMatterLine: 2,
    body,
    // An empty body is reported on the line after the closing fence.
    bodyLine: body === '' ? closing + 2 : bodyStart + 1,
  };
}
