import 'fake-indexeddb/auto';

import { readFileSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { allHistoryStores, type HistoryDb } from '../../lib/history/db';
import { importHistory, type ImportOptions } from '../../lib/history/import';
import type { RowProblem } from '../../lib/history/import-report';
import { recordTicket } from '../../lib/history/recorder';
import { freshHistory, mayaCallsBack, NOW } from '../builders/history';

let db: HistoryDb;
let before: unknown;
beforeEach(async () => {
  db = await freshHistory();
  await recordTicket(db, mayaCallsBack(), NOW - 60_000);
  before = await dump();
});
afterEach(async () => {
  // Whatever was wrong with the file, the history is exactly as it was.
  expect(await dump()).toEqual(before);
  db.close();
});

async function dump() {
  return Promise.all(allHistoryStores.map(async (store) => [store, await db.getAll(store)]));
}

const fixture = (name: string) => new Blob([readFileSync(`test/fixtures/imports/${name}`)]);
const csv = (lines: string[]) => new Blob([`${lines.join('\n')}\n`]);
const expectedColumns =
  'Expected columns: kind, customer_ref, name, email, phone, product_id, purchased_at, helpdesk, ticket_id, channel, subject, status, created_at, updated_at, url, excerpt.';

/** A source that makes up `megabytes` of text as it is read, counting how much was read. */
function generated(megabytes: number, firstLines: string, line: (index: number) => string) {
  const encoder = new TextEncoder();
  let bytesRead = 0;
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(firstLines));
    },
    pull(controller) {
      if (bytesRead >= megabytes * 1024 * 1024) return controller.close();
      const lines: string[] = [];
      for (let count = 0; count < 500; count++) lines.push(line(index++));
      const chunk = encoder.encode(`${lines.join('\n')}\n`);
      bytesRead += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, megabytesRead: () => bytesRead / 1024 / 1024 };
}

const options: ImportOptions = { format: 'csv', now: NOW };

describe('a file refused as a whole', () => {
  test.each<[string, Blob, string]>([
    [
      'a CRM export not mapped to the import format',
      fixture('hubspot-contacts.csv'),
      `The header names unknown columns: "record id", "first name", "last name", "phone number", "lifecycle stage", "create date". ${expectedColumns}`,
    ],
    [
      'a header without customer_ref',
      csv(['kind,name,email', 'customer,Maya Okafor,maya.okafor@example.com']),
      `The header lacks customer_ref. ${expectedColumns}`,
    ],
    [
      'a column named twice',
      csv(['kind,customer_ref,email,Email', 'customer,C-1,maya.okafor@example.com,maya@okafor-home.net']),
      `The header names email twice. ${expectedColumns}`,
    ],
    [
      'semicolon-separated columns',
      csv(['kind;customer_ref;email', 'customer;C-1;maya.okafor@example.com']),
      `The columns must be separated by commas. ${expectedColumns}`,
    ],
    ['an empty file', new Blob([]), `The file is empty. ${expectedColumns}`],
    [
      'a spreadsheet saved in a Windows code page',
      new Blob([new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x2c, 0x4c, 0x75, 0x63, 0xed, 0x61])]),
      'The file is not UTF-8 text: export it again as "CSV UTF-8" or JSON.',
    ],
  ])('refuses %s at once, naming the columns it expects', async (_case, file, refusal) => {
    expect(await importHistory(db, file, options)).toEqual({
      outcome: 'refused',
      rowsRead: 0,
      refusal,
      errors: [],
      moreErrors: 0,
    });
  });

  test('refuses a file over 100 MB before reading it', async () => {
    const file = new Blob(['kind,customer_ref\n']);
    Object.defineProperty(file, 'size', { value: 120 * 1024 * 1024 });

    expect(await importHistory(db, file, options)).toMatchObject({
      refusal: 'The file is larger than 100 MB: split it into smaller files.',
    });
  });

  test('stops reading 50 MB of junk after its first 100 rows', async () => {
    const junk = generated(50, 'kind,customer_ref,name\n', (index) => `${index.toString(36)},x,y`);

    const report = await importHistory(db, junk.stream, options);

    expect(report).toMatchObject({
      outcome: 'refused',
      rowsRead: 100,
      refusal: 'The first 100 rows are all invalid: this is not an import file.',
      moreErrors: 0,
    });
    expect(junk.megabytesRead()).toBeLessThan(1);
  });

  test('stops reading when a quote is never closed', async () => {
    const junk = generated(
      50,
      'kind,customer_ref,name\ncustomer,C-1,"Maya\n',
      () => 'no closing quote, ever',
    );

    const report = await importHistory(db, junk.stream, options);

    expect(report).toMatchObject({
      refusal: 'Line 2: the row runs on for over a million characters; a closing quote is probably missing.',
    });
    expect(junk.megabytesRead()).toBeLessThan(2);
  });

  test('refuses JSON that is not rows', async () => {
    const report = await importHistory(db, new Blob(['"kind","customer_ref"\n']), {
      ...options,
      format: 'json',
    });

    expect(report).toMatchObject({
      refusal:
        'The file holds no import rows: JSON must be an array of row objects, or one row object per line.',
    });
  });

  test('refuses a JSON array cut short', async () => {
    const file = new Blob([
      '[\n{"kind":"customer","customer_ref":"C-1","email":"maya.okafor@example.com"},\n{"kind":"purch',
    ]);

    const report = await importHistory(db, file, { ...options, format: 'json' });

    expect(report).toMatchObject({
      refusal: 'Line 3: the file ends before its array is closed; it may have been cut short.',
    });
  });
});

describe('a file reported row by row', () => {
  test('broken quoting is reported on its line', async () => {
    expect(await importHistory(db, fixture('broken-quoting.csv'), options)).toEqual({
      outcome: 'refused',
      rowsRead: 2,
      errors: [{ line: 3, reason: 'broken quoting: a quote inside a quoted field must be doubled ("")' }],
      moreErrors: 0,
    });
  });

  test('bad dates are reported with their value', async () => {
    const isoHint = 'is not an ISO 8601 date ("2026-11-26") or time ("2026-11-26T08:12:00Z")';
    expect(await importHistory(db, fixture('bad-dates.csv'), options)).toEqual({
      outcome: 'refused',
      rowsRead: 6,
      errors: [
        { line: 3, column: 'purchased_at', reason: `"14/03/2025" ${isoHint}` },
        { line: 4, column: 'created_at', reason: `"2026-10-02 19:44" ${isoHint}` },
        {
          line: 5,
          column: 'created_at',
          reason: '"2026-11-12T09:02:00" has no UTC offset: add "Z" or one such as "+01:00"',
        },
        { line: 6, column: 'created_at', reason: `"2026-02-30" ${isoHint}` },
        { line: 7, column: 'updated_at', reason: 'is before created_at' },
      ],
      moreErrors: 0,
    });
  });

  const customerHeader = 'kind,customer_ref,name,email,phone';
  const ticketHeader = 'kind,customer_ref,email,helpdesk,ticket_id,channel,status,created_at,url';
  const maya = 'customer,C-1001,maya.okafor@example.com,,,,,,';
  const ticket = (fields: string) => `interaction,C-1001,,zendesk,${fields}`;

  test.each<[string, string[], RowProblem[]]>([
    [
      'an email without a domain',
      [customerHeader, 'customer,C-1001,Maya Okafor,maya@,'],
      [{ line: 2, column: 'email', reason: '"maya@" is not an email address' }],
    ],
    [
      'a national phone number with no default country',
      [customerHeader, 'customer,C-1001,Maya Okafor,,(415) 555-0143'],
      [
        {
          line: 2,
          column: 'phone',
          reason:
            '"(415) 555-0143" is not a phone number with a country code (set the default country to read national numbers)',
        },
      ],
    ],
    [
      'a customer with neither email nor phone',
      [customerHeader, 'customer,C-1001,Maya Okafor,,'],
      [{ line: 2, reason: 'a customer needs an email or a phone: tickets find their customer by them' }],
    ],
    [
      'an unknown kind',
      [customerHeader, 'contact,C-1001,Maya Okafor,maya.okafor@example.com,'],
      [{ line: 2, column: 'kind', reason: '"contact" is not a kind: use customer, purchase, interaction' }],
    ],
    [
      'a row with no kind',
      [customerHeader, ',C-1001,Maya Okafor,maya.okafor@example.com,'],
      [{ line: 2, column: 'kind', reason: 'is empty' }],
    ],
    [
      'a Salesforce case without its number and address',
      [ticketHeader, maya, 'interaction,C-1001,,salesforce,,phone,closed,2026-08-17T21:05:00Z,'],
      [
        { line: 3, column: 'ticket_id', reason: 'is empty' },
        { line: 3, column: 'url', reason: 'is empty' },
      ],
    ],
    [
      'a channel and a status the panel does not know',
      [
        ticketHeader,
        maya,
        ticket(
          '4471,telephone,resolved,2026-10-02T19:44:00Z,https://northwind.zendesk.com/agent/tickets/4471',
        ),
      ],
      [
        {
          line: 3,
          column: 'channel',
          reason: '"telephone" is not a channel: use email, phone, chat, messaging, web, social, api, other',
        },
        {
          line: 3,
          column: 'status',
          reason: '"resolved" is not a status: use new, open, pending, on-hold, solved, closed',
        },
      ],
    ],
    [
      'a ticket address without its scheme',
      [
        ticketHeader,
        maya,
        ticket('4471,email,solved,2026-10-02T19:44:00Z,northwind.zendesk.com/agent/tickets/4471'),
      ],
      [
        {
          line: 3,
          column: 'url',
          reason: '"northwind.zendesk.com/agent/tickets/4471" is not an http(s) address',
        },
      ],
    ],
    [
      'ticket addresses that are not http(s) or not whole',
      [
        ticketHeader,
        maya,
        ticket('4471,email,solved,2026-10-02T19:44:00Z,ftp://northwind.zendesk.com/agent/tickets/4471'),
        ticket('4472,email,solved,2026-10-02T19:44:00Z,https:northwind.zendesk.com/agent/tickets/4472'),
        ticket('4473,email,solved,2026-10-02T19:44:00Z,https://'),
        ticket('4474,email,solved,2026-10-02T19:44:00Z,HTTPS://northwind.zendesk.com/agent/tickets/4474'),
      ],
      [
        {
          line: 3,
          column: 'url',
          reason: '"ftp://northwind.zendesk.com/agent/tickets/4471" is not an http(s) address',
        },
        {
          line: 4,
          column: 'url',
          reason: '"https:northwind.zendesk.com/agent/tickets/4472" is not an http(s) address',
        },
        { line: 5, column: 'url', reason: '"https://" is not an http(s) address' },
      ],
    ],
    [
      'the same ticket twice',
      [
        ticketHeader,
        maya,
        ticket('4471,email,solved,2026-10-02T19:44:00Z,https://northwind.zendesk.com/agent/tickets/4471'),
        ticket('4471,email,solved,2026-10-02T19:44:00Z,https://northwind.zendesk.com/agent/tickets/4471'),
      ],
      [{ line: 4, column: 'ticket_id', reason: 'zendesk ticket "4471" is already on line 3' }],
    ],
    [
      'a ticket whose customer has no customer row',
      [
        ticketHeader,
        'interaction,C-2002,,zendesk,4471,email,solved,2026-10-02T19:44:00Z,https://northwind.zendesk.com/agent/tickets/4471',
      ],
      [{ line: 2, column: 'customer_ref', reason: '"C-2002" has no customer row in the file' }],
    ],
    [
      'a row with a stray comma',
      [customerHeader, 'customer,C-1001,Okafor, Maya,maya.okafor@example.com,'],
      [{ line: 2, reason: '6 fields where the header has 5 columns' }],
    ],
  ])('reports %s', async (_case, lines, errors) => {
    expect(await importHistory(db, csv(lines), options)).toEqual({
      outcome: 'refused',
      rowsRead: lines.length - 1,
      errors,
      moreErrors: 0,
    });
  });

  test.each<[string, string, RowProblem[]]>([
    [
      'a key that is no column',
      '{"kind":"customer","customer_ref":"C-1","e-mail":"maya.okafor@example.com"}',
      [{ line: 1, column: 'e-mail', reason: 'is not a column of the import format' }],
    ],
    [
      'a value that is not text',
      '{"kind":"customer","customer_ref":"C-1","email":["maya.okafor@example.com"]}',
      [{ line: 1, column: 'email', reason: 'must be text or a number' }],
    ],
    [
      'a row that is not an object',
      '"customer,C-1,maya.okafor@example.com"',
      [{ line: 1, reason: 'a row must be a JSON object' }],
    ],
  ])('reports a JSON row with %s', async (_case, row, errors) => {
    const report = await importHistory(db, new Blob([`[${row}]`]), { ...options, format: 'json' });

    expect(report).toEqual({ outcome: 'refused', rowsRead: 1, errors, moreErrors: 0 });
  });

  test('reports an NDJSON line that is not JSON', async () => {
    const file = new Blob([
      '{"kind":"customer","customer_ref":"C-1","email":"maya.okafor@example.com"}\n{"kind":"customer",\n',
    ]);

    const report = await importHistory(db, file, { ...options, format: 'json' });

    expect(report).toMatchObject({ outcome: 'refused', rowsRead: 2, errors: [{ line: 2 }] });
  });

  test('lists the first 200 problems and counts the rest', async () => {
    const good = Array.from(
      { length: 100 },
      (_, index) => `customer,C-${index},Customer ${index},customer${index}@example.com,`,
    );
    const bad = Array.from(
      { length: 500 },
      (_, index) => `customer,B-${index},Customer ${index},customer${index}@,`,
    );

    const report = await importHistory(db, csv([customerHeader, ...good, ...bad]), options);

    expect(report).toMatchObject({ outcome: 'refused', rowsRead: 600, moreErrors: 300 });
    expect(report.outcome === 'refused' && report.errors.slice(0, 1)).toEqual([
      { line: 102, column: 'email', reason: '"customer0@" is not an email address' },
    ]);
    expect(report.outcome === 'refused' && report.errors).toHaveLength(200);
  });
});
