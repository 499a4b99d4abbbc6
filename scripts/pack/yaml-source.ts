import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A problem in a source file; `line` is 1-based and absent when it concerns the file as a whole. */
export interface SourceError {
  file: string;
  line?: number;
  message: string;
}

/** A parsed YAML (or JSON) source that can say on which line any path inside it is written. */
export interface YamlSource {
  file: string;
  value: unknown;
  lineOf(path: readonly (string | number)[]): number;
}

export type YamlRead = { ok: true; source: YamlSource } | { ok: false; errors: SourceError[] };

/** The yaml library ends its messages with " at line 3, column 1:" and a code excerpt. */
function firstLineOf(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * The line of the deepest node on the path that exists: a field that is missing is reported on
 * the line of the entry that lacks it. A map entry is located by its key, so `tags:` followed by
 * a list on the next lines is reported on the `tags:` line.
 */
function lineFinder(document: Document, lineCounter: LineCounter, firstLine: number) {
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  return (path: readonly (string | number)[]): number => {
    let node: unknown = document.contents;
    let line = isNode(node) && node.range ? lineAt(node.range[0]) : firstLine;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === segment);
        if (!pair) break;
        if (isNode(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        if (!isNode(node) || !node.range) break;
        line = lineAt(node.range[0]);
      } else break;
    }
    return line;
  };
}

function isNode(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}

/**
 * Parses YAML 1.2 (core schema: `2026-03-02` and `09:00` stay text, `no` is not false) or JSON,
 * which is YAML too. `firstLine` is where the text starts in its file, for front matter.
 */
export function readYaml(file: string, text: string, firstLine = 1): YamlRead {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        file,
        line: (error.linePos?.[0].line ?? 1) + firstLine - 1,
        message: firstLineOf(error.message),
      })),
    };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    return { ok: false, errors: [{ file, message: error instanceof Error ? error.message : String(error) }] };
  }
  return { ok: true, source: { file, value, lineOf: lineFinder(document, lineCounter, firstLine) } };
}
