import { isImportColumn, MAX_ROW_CHARACTERS, type SourceRow } from './import-format';
import { ImportRefusal } from './import-report';

const notRows =
  'The file holds no import rows: JSON must be an array of row objects, or one row object per line.';

function isJsonSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\r' || char === '\t';
}

/** A row's values as text, as a CSV cell would give them; anything else is a problem. */
function sourceRow(text: string, line: number): SourceRow {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    return { line, values: {}, problems: [{ reason }] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { line, values: {}, problems: [{ reason: 'a row must be a JSON object' }] };
  }
  const row: SourceRow = { line, values: {}, problems: [] };
  for (const [key, value] of Object.entries(parsed)) {
    if (!isImportColumn(key))
      row.problems.push({ column: key, reason: 'is not a column of the import format' });
    else if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value).trim();
      if (text) row.values[key] = text;
    } else if (value !== null) row.problems.push({ column: key, reason: 'must be text or a number' });
  }
  return row;
}

/**
 * Finds the rows of a JSON import as its text arrives: each element of a top-level array, or
 * each line of NDJSON, parsed on its own, so a file is never held or parsed whole and a bad row
 * is reported with its line. Only strings and brackets are tracked here; JSON.parse judges each row.
 */
class JsonRowScanner {
  private mode: 'array' | 'lines' | undefined;
  private arrayClosed = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  /** The current row's text from earlier pieces, and the line it starts on (0: no row begun). */
  private carried = '';
  private rowLine = 0;

  *push(piece: string): Generator<SourceRow> {
    let rowStart = this.rowLine > 0 ? 0 : -1;
    for (let at = 0; at < piece.length; at++) {
      const char = piece[at]!;
      if (this.inString && char !== '\n') {
        if (this.escaped) this.escaped = false;
        else if (char === '\\') this.escaped = true;
        else if (char === '"') this.inString = false;
        continue;
      }
      if (this.endsRow(char)) {
        if (this.rowLine > 0) yield sourceRow(this.carried + piece.slice(rowStart, at), this.rowLine);
        this.carried = '';
        this.rowLine = 0;
        rowStart = -1;
      } else if (!isJsonSpace(char)) {
        if (this.mode === undefined && char === '[') {
          this.mode = 'array';
          this.depth = 1;
          continue;
        }
        if (this.rowLine === 0) {
          this.beginRow(char);
          rowStart = at;
        }
        this.track(char);
      }
      if (char === '\n') this.line += 1;
    }
    if (this.rowLine > 0) {
      this.carried += piece.slice(rowStart);
      if (this.carried.length > MAX_ROW_CHARACTERS) {
        throw new ImportRefusal(`Line ${this.rowLine}: the row runs on for over a million characters.`);
      }
    }
  }

  *end(): Generator<SourceRow> {
    if (this.mode === undefined) throw new ImportRefusal(notRows);
    if (this.mode === 'array' && !this.arrayClosed) {
      throw new ImportRefusal(
        `Line ${this.line}: the file ends before its array is closed; it may have been cut short.`,
      );
    }
    if (this.rowLine > 0) yield sourceRow(this.carried, this.rowLine);
  }

  /** Whether `char` ends the current row: a comma or the closing bracket of the array, or a line break of NDJSON. */
  private endsRow(char: string): boolean {
    if (this.mode === 'lines' && char === '\n') {
      this.depth = 0;
      this.inString = false;
      this.escaped = false;
      return true;
    }
    if (this.mode !== 'array' || this.depth !== 1 || (char !== ',' && char !== ']')) return false;
    if (char === ']') {
      this.arrayClosed = true;
      this.depth = 0;
    }
    return true;
  }

  private beginRow(char: string): void {
    if (this.arrayClosed)
      throw new ImportRefusal(`Line ${this.line}: there is text after the end of the array.`);
    if (this.mode === undefined) {
      if (char !== '{') throw new ImportRefusal(notRows);
      this.mode = 'lines';
    }
    this.rowLine = this.line;
  }

  private track(char: string): void {
    if (char === '"') this.inString = true;
    else if (char === '{' || char === '[') this.depth += 1;
    else if (char === '}' || char === ']') this.depth -= 1;
  }
}

/** The rows of a JSON or NDJSON import file; a file that is neither is refused at once. */
export async function* jsonRows(pieces: AsyncIterable<string>): AsyncGenerator<SourceRow> {
  const scanner = new JsonRowScanner();
  for await (const piece of pieces) yield* scanner.push(piece);
  yield* scanner.end();
}
