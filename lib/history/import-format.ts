/**
 * The customer-history import format: what a team exports from its CRM for Touchpoint to read.
 *
 * FILE
 *   CSV (UTF-8, comma-separated, a header row, fields quoted with "…" and quotes inside doubled
 *   as "", CRLF or LF line ends) or JSON: an array of row objects, or NDJSON (one row object per
 *   line). Blank lines are skipped. Header names are matched without regard to case or
 *   surrounding space; a header must name `kind` and `customer_ref`, may leave out any other
 *   column, and must not name a column that is not listed below (it is refused at once). JSON
 *   rows use the same names as keys; a value may be text, a number (read as its text) or null
 *   (empty). A file over 100 MB, or one whose first 100 rows are all invalid, is refused.
 *
 * ROWS
 *   Every row has a `kind` and a `customer_ref`: the CRM's own id for the customer (at most
 *   40 characters), which links the rows of one customer within the file. Columns that do not
 *   belong to a row's kind are ignored.
 *
 *   kind=customer      name?, email?, phone? (at least one of email and phone)
 *                      A customer may take several rows to list more emails or phones; the
 *                      first name given is kept. Emails and phones are normalised as the
 *                      recorder normalises a ticket's requester (identity.ts): a phone number
 *                      without a country code needs the team's default country. An imported
 *                      customer sharing an email or phone with one already known (from tickets
 *                      or an earlier import) becomes that customer: the merge is logged as seen
 *                      on helpdesk "crm-import", ticket `customer_ref`, and can be undone.
 *   kind=purchase      product_id, purchased_at?
 *   kind=interaction   helpdesk (zendesk, salesforce, freshdesk …), ticket_id, channel
 *                      (email, phone, chat, messaging, web, social, api, other), subject?,
 *                      status? (new, open, pending, on-hold, solved, closed), created_at,
 *                      updated_at? (defaults to created_at, never before it), url (http or
 *                      https), excerpt? (the customer's last message, kept to 500 characters).
 *                      A ticket already stored keeps whichever version was updated last.
 *
 *   Purchase and interaction rows need a customer row with the same `customer_ref` somewhere
 *   in the file. A ticket (helpdesk + ticket_id) appears at most once.
 *
 * DATES
 *   ISO 8601: an instant to the second with its UTC offset ("2026-11-26T08:12:00Z",
 *   "…T09:12:00+01:00", fractions of a second allowed) or a calendar date ("2026-11-26", read
 *   as midnight UTC).
 *   A time without an offset is refused: which time zone it meant would be a guess.
 *
 * ALL OR NOTHING
 *   Every row is read and checked before anything is written. A file with any invalid row is
 *   reported row by row ("line 12, email: "maya@" is not an email address"; the first 200
 *   problems, and how many more) and nothing is imported. A valid file is written in one
 *   IndexedDB transaction, so a failure part-way leaves the history exactly as it was.
 */

export const importKinds = ['customer', 'purchase', 'interaction'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importColumns = [
  'kind',
  'customer_ref',
  'name',
  'email',
  'phone',
  'product_id',
  'purchased_at',
  'helpdesk',
  'ticket_id',
  'channel',
  'subject',
  'status',
  'created_at',
  'updated_at',
  'url',
  'excerpt',
] as const;
export type ImportColumn = (typeof importColumns)[number];

/** Columns a CSV header must name: without them no row can be read. */
export const requiredImportColumns: readonly ImportColumn[] = ['kind', 'customer_ref'];

/** The values each kind of row must have. */
export const requiredColumns: Record<ImportKind, readonly ImportColumn[]> = {
  customer: ['customer_ref'],
  purchase: ['customer_ref', 'product_id'],
  interaction: ['customer_ref', 'helpdesk', 'ticket_id', 'channel', 'created_at', 'url'],
};

/** What an import file's rows merge as: the helpdesk named in the merge log ("seen on …"). */
export const IMPORT_SOURCE = 'crm-import';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** A file whose first rows are all invalid is not an import file: stop reading it. */
export const JUNK_PROBE_ROWS = 100;
/** The most problems listed in a report; the rest are counted. */
export const MAX_LISTED_ERRORS = 200;

/** A row as read from the file, before it is checked: its non-empty values by column. */
export interface SourceRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  values: Partial<Record<ImportColumn, string>>;
  /** What the reader already found wrong (broken quoting, a key that is no column …). */
  problems: { column?: string; reason: string }[];
}

/** One row longer than this is no CRM row: most likely a quote was never closed. */
export const MAX_ROW_CHARACTERS = 1_000_000;

export function isImportColumn(name: string): name is ImportColumn {
  return (importColumns as readonly string[]).includes(name);
}

/** The format a chosen file is read as, by its name: JSON and NDJSON by extension, else CSV. */
export function importFormatOf(fileName: string): 'csv' | 'json' {
  return /\.(json|ndjson|jsonl)$/i.test(fileName) ? 'json' : 'csv';
}
