import Papa from 'papaparse';

import {
  importColumns,
  isImportColumn,
  MAX_ROW_CHARACTERS,
  requiredImportColumns,
  type ImportColumn,
  type SourceRow,
} from './import-format';
import { ImportRefusal } from './import-report';

interface ParsedRow {
  fields: string[];
  errors: Papa.ParseError[];
  /** Offset just past the row's line break, in the text given to the parser. */
  end: number;
}

const expected = `Expected columns: ${importColumns.join(', ')}.`;

/** The header's columns, or a refusal that names what is wrong and what was expected. */
function headerColumns(fields: string[]): ImportColumn[] {
  const names = fields.map((field) => field.trim().toLowerCase());
  if (names.length === 1 && /[;\t]/.test(names[0] ?? '')) {
    throw new ImportRefusal(`The columns must be separated by commas. ${expected}`);
  }
  const unknown = names.filter((name) => !isImportColumn(name));
  if (unknown.length > 0) {
    const list = unknown.map((name) => JSON.stringify(name)).join(', ');
    throw new ImportRefusal(`The header names unknown columns: ${list}. ${expected}`);
  }
  const missing = requiredImportColumns.filter((column) => !names.includes(column));
  if (missing.length > 0) throw new ImportRefusal(`The header lacks ${missing.join(' and ')}. ${expected}`);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new ImportRefusal(`The header names ${repeated} twice. ${expected}`);
  return names.filter(isImportColumn);
}

function quotingProblem(error: Papa.ParseError): string {
  return error.code === 'MissingQuotes'
    ? 'broken quoting: a quoted field is never closed'
    : 'broken quoting: a quote inside a quoted field must be doubled ("")';
}

function sourceRow(columns: ImportColumn[], { fields, errors }: ParsedRow, line: number): SourceRow {
  const [error] = errors;
  if (error) return { line, values: {}, problems: [{ reason: quotingProblem(error) }] };
  if (fields.length !== columns.length) {
    const reason = `${fields.length} fields where the header has ${columns.length} columns`;
    return { line, values: {}, problems: [{ reason }] };
  }
  const values: SourceRow['values'] = {};
  columns.forEach((column, index) => {
    const value = fields[index]?.trim();
    if (value) values[column] = value;
  });
  return { line, values, problems: [] };
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/**
 * Reads a CSV file's rows as its text arrives. Papa Parse's parser does the CSV work (quotes,
 * escapes, line breaks inside fields) on each stretch of text; a row cut off by the end of a
 * stretch is kept and parsed again with the next one, as Papa's own file streamer does. That
 * streamer is not used: it reads through FileReader in 10 MB chunks (a long task each) and
 * cannot take a ReadableStream.
 */
class CsvReader {
  private parser: Papa.Parser | undefined;
  private parsed: ParsedRow[] = [];
  private pending = '';
  /** The line where `pending` starts. */
  private line = 1;
  private columns: ImportColumn[] | undefined;

  *push(piece: string): Generator<SourceRow> {
    yield* this.rows(this.pending + piece, false);
    if (this.pending.length > MAX_ROW_CHARACTERS) {
      throw new ImportRefusal(
        `Line ${this.line}: the row runs on for over a million characters; a closing quote is probably missing.`,
      );
    }
  }

  *end(): Generator<SourceRow> {
    yield* this.rows(this.pending, true);
    if (!this.columns) throw new ImportRefusal(`The file is empty. ${expected}`);
  }

  private *rows(text: string, last: boolean): Generator<SourceRow> {
    this.parsed = [];
    // Windows CRM exports end lines with CRLF: the first line break tells which.
    if (!this.parser && !last && !text.includes('\n')) {
      this.pending = text;
      return;
    }
    this.parser ??= new Papa.Parser({
      newline: /^[^\n]*\r\n/.test(text) ? '\r\n' : '\n',
      // The bare parser hands each row over wrapped in an array of one.
      step: ({ data, errors, meta }: Papa.ParseStepResult<string[][]>) =>
        this.parsed.push({ fields: data[0] ?? [], errors, end: meta.cursor }),
    });
    this.parser.parse(text, 0, !last);
    let start = 0;
    for (const row of this.parsed) {
      const line = this.line;
      this.line += lineBreaks(text, start, row.end);
      start = row.end;
      if (row.fields.length === 1 && row.fields[0] === '' && row.errors.length === 0) continue;
      if (this.columns) yield sourceRow(this.columns, row, line);
      else this.columns = headerColumns(row.fields);
    }
    this.pending = text.slice(start);
  }
}

/** The rows of a CSV file, checked against its header; a wrong header refuses the file. */
export async function* csvRows(pieces: AsyncIterable<string>): AsyncGenerator<SourceRow> {
  const reader = new CsvReader();
  for await (const piece of pieces) yield* reader.push(piece);
  yield* reader.end();
}
