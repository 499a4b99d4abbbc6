import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { csvRows } from '../../lib/history/import-csv';
import type { SourceRow } from '../../lib/history/import-format';
import { jsonRows } from '../../lib/history/import-json';
import { textPieces } from '../../lib/history/import-text';

/** The file's text handed over `size` characters at a time: rows and quotes cut anywhere. */
async function* inPieces(text: string, size: number): AsyncGenerator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

async function read(rows: AsyncIterable<SourceRow>) {
  const found: [number, string | undefined, string | undefined][] = [];
  for await (const { line, values } of rows)
    found.push([line, values.kind, values.ticket_id ?? values.product_id]);
  return found;
}

const pieceSizes = [1, 2, 3, 7, 64, 100_000];

describe('the CSV reader', () => {
  const crm = readFileSync('test/fixtures/imports/northwind-crm.csv', 'utf8');

  test.each(pieceSizes)(
    'finds the same rows and lines when the text arrives %i characters at a time',
    async (size) => {
      expect(await read(csvRows(inPieces(crm, size)))).toEqual([
        [2, 'customer', undefined],
        [3, 'customer', undefined],
        [4, 'customer', undefined],
        [5, 'purchase', 'fibre-100'],
        [6, 'purchase', 'router-x2'],
        [7, 'purchase', 'fibre-500'],
        [8, 'interaction', '4471'],
        [9, 'interaction', '00103988'],
        [11, 'interaction', '4490'],
        [12, 'interaction', '10233'],
      ]);
    },
  );

  test('keeps quoted commas, doubled quotes and line breaks, and drops the CRLF', async () => {
    const rows: SourceRow[] = [];
    for await (const row of csvRows(inPieces(crm, 5))) rows.push(row);

    expect(rows[1]?.values.name).toBe('Okafor, Daniel');
    expect(rows[7]?.values).toMatchObject({
      subject: 'Billing question: "early termination" fee',
      excerpt: 'Asked what leaving before March would cost.\r\nAgent explained the fee.',
      url: 'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qk2PqAAJ/view',
    });
  });

  test('skips blank lines and reads a last row without a line break', async () => {
    const text =
      '\nkind,customer_ref,email\n\ncustomer,C-1,maya.okafor@example.com\n\ncustomer,C-2,priya.raman@fastmail.com';

    expect(await read(csvRows(inPieces(text, 4)))).toEqual([
      [4, 'customer', undefined],
      [6, 'customer', undefined],
    ]);
  });
});

describe('the JSON reader', () => {
  test.each(pieceSizes)('finds each array element and its line, %i characters at a time', async (size) => {
    const json = readFileSync('test/fixtures/imports/northwind-crm.json', 'utf8');

    expect(await read(jsonRows(inPieces(json, size)))).toEqual([
      [2, 'customer', undefined],
      [9, 'purchase', 'fibre-100'],
      [10, 'interaction', '4471'],
    ]);
  });

  test.each(pieceSizes)('finds each NDJSON line, %i characters at a time', async (size) => {
    const ndjson = readFileSync('test/fixtures/imports/northwind-crm.ndjson', 'utf8');

    expect(await read(jsonRows(inPieces(ndjson, size)))).toEqual([
      [1, 'customer', undefined],
      [2, 'purchase', 'fibre-100'],
      [4, 'interaction', '4471'],
    ]);
  });

  test('is not misled by brackets, commas and escaped quotes inside strings', async () => {
    const json =
      '[{"kind":"interaction","subject":"Re: [URGENT] \\"refund\\", {again}","ticket_id":"4471"},\n{"kind":"customer"}]';

    const rows: SourceRow[] = [];
    for await (const row of jsonRows(inPieces(json, 3))) rows.push(row);

    expect(rows.map(({ line, values }) => [line, values.subject])).toEqual([
      [1, 'Re: [URGENT] "refund", {again}'],
      [2, undefined],
    ]);
  });
});

describe('the text of a file', () => {
  // Three-byte characters, so the megabyte boundaries fall inside them.
  const text = `\uFEFF${'kind,customer_ref,name\ncustomer,C-1,Zoë €\n'.repeat(50_000)}`;
  const bytes = new TextEncoder().encode(text);

  test.each<[string, () => Blob | ReadableStream<Uint8Array>]>([
    ['a file, read a megabyte at a time', () => new Blob([bytes])],
    [
      'a stream handing over more than a megabyte at once',
      () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes.subarray(0, 1_500_001));
            controller.enqueue(bytes.subarray(1_500_001));
            controller.close();
          },
        }),
    ],
  ])(
    'from %s comes in pieces of at most 64 K characters, split characters kept whole',
    async (_case, source) => {
      expect(bytes.byteLength).toBeGreaterThan(2 * 1024 * 1024);

      const pieces: string[] = [];
      for await (const piece of textPieces(source())) pieces.push(piece);

      expect(pieces.length).toBeGreaterThan(30);
      expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(64 * 1024);
      expect(pieces.join('')).toBe(text.slice(1));
    },
  );
});
