import { z } from 'zod';

import { channels, statuses } from '../ticket/fields';
import { normaliseEmail, normalisePhone, type IdentityOptions } from './identity';
import { importKinds, requiredColumns, type SourceRow } from './import-format';
import { quoted, type RowProblem } from './import-report';
import { excerptOf } from './interaction';
import {
  customerSchema,
  interactionSchema,
  productSchema,
  ticketRefSchema,
  type IdentityKey,
  type Interaction,
} from './schema';

/** What a checked row says, in the shapes the history stores (identities normalised, times in epoch ms). */
type RowContent = { customerRef: string } & (
  | { kind: 'customer'; name?: string; identities: IdentityKey[] }
  | { kind: 'purchase'; productId: string; since?: number }
  | { kind: 'interaction'; interaction: Omit<Interaction, 'customerId'> }
);
export type ImportRow = RowContent & { line: number };

/** A column read with `read`; text it cannot read is a problem worded by `problem`. */
function readAs<T>(read: (raw: string) => T | undefined, problem: (raw: string) => string) {
  return z.string().transform((raw, context) => {
    const value = read(raw);
    if (value === undefined) context.addIssue({ code: 'custom', message: problem(raw) });
    return value ?? z.NEVER;
  });
}

function oneOf<T extends string>(values: readonly T[], noun: string) {
  return readAs(
    (raw) => values.find((value) => value === raw.toLowerCase()),
    (raw) => `${quoted(raw)} is not ${noun}: use ${values.join(', ')}`,
  );
}

// zod's own ISO 8601 patterns (they check the days of each month), tested directly: a failed
// safeParse builds an error, too slow to try on each of 100,000 rows.
const calendarDate = z.regexes.date;
const offsetTime = z.regexes.datetime({ offset: true, local: false, precision: null });
const localTime = z.iso.datetime({ local: true });

/** A calendar date is midnight UTC; a time must carry its offset (import-format.ts). */
const instant = readAs(
  (raw) => {
    if (calendarDate.test(raw)) return Date.parse(`${raw}T00:00:00Z`);
    return offsetTime.test(raw) ? Date.parse(raw) : undefined;
  },
  (raw) =>
    localTime.safeParse(raw).success
      ? `${quoted(raw)} has no UTC offset: add "Z" or one such as "+01:00"`
      : `${quoted(raw)} is not an ISO 8601 date ("2026-11-26") or time ("2026-11-26T08:12:00Z")`,
);

/**
 * An http(s) address, as `z.url({ protocol: /^https?$/ })` would accept it, checked without
 * making a URL object: zod makes one to read the protocol, and the garbage of 100,000 of them
 * costs the page a garbage collection pause of its own (bench/history.ts).
 */
const isWebAddress = (raw: string) => /^https?:\/\//i.test(raw) && URL.canParse(raw);

function rowSchema({ defaultCountry }: IdentityOptions) {
  // The customer's reference becomes the ticket id of its merge log entry ("seen on …").
  const base = { customer_ref: ticketRefSchema.shape.ticketId };
  const email = readAs(normaliseEmail, (raw) => `${quoted(raw)} is not an email address`);
  const phone = readAs(
    (raw) => normalisePhone(raw, { defaultCountry }),
    (raw) =>
      `${quoted(raw)} is not a phone number${defaultCountry ? '' : ' with a country code (set the default country to read national numbers)'}`,
  );
  const customer = z
    .object({
      ...base,
      kind: z.literal('customer'),
      name: customerSchema.shape.name,
      email: email.optional(),
      phone: phone.optional(),
    })
    .refine((row) => row.email !== undefined || row.phone !== undefined, {
      message: 'a customer needs an email or a phone: tickets find their customer by them',
    })
    .transform((row): RowContent => ({
      kind: 'customer',
      customerRef: row.customer_ref,
      ...(row.name === undefined ? {} : { name: row.name }),
      identities: [
        ...(row.email === undefined ? [] : [{ kind: 'email' as const, value: row.email }]),
        ...(row.phone === undefined ? [] : [{ kind: 'phone' as const, value: row.phone }]),
      ],
    }));
  const purchase = z
    .object({
      ...base,
      kind: z.literal('purchase'),
      product_id: productSchema.shape.productId,
      purchased_at: instant.optional(),
    })
    .transform((row): RowContent => ({
      kind: 'purchase',
      customerRef: row.customer_ref,
      productId: row.product_id,
      ...(row.purchased_at === undefined ? {} : { since: row.purchased_at }),
    }));
  const interaction = z
    .object({
      ...base,
      kind: z.literal('interaction'),
      helpdesk: ticketRefSchema.shape.helpdesk.transform((helpdesk) => helpdesk.toLowerCase()),
      ticket_id: ticketRefSchema.shape.ticketId,
      channel: oneOf(channels, 'a channel'),
      subject: interactionSchema.shape.subject.optional(),
      status: oneOf(statuses, 'a status').optional(),
      created_at: instant,
      updated_at: instant.optional(),
      url: readAs(
        (raw) => (isWebAddress(raw) ? raw : undefined),
        (raw) => `${quoted(raw)} is not an http(s) address`,
      ),
      excerpt: z.string().optional(),
    })
    .refine((row) => row.updated_at === undefined || row.updated_at >= row.created_at, {
      path: ['updated_at'],
      message: 'is before created_at',
    })
    .transform((row): RowContent => ({
      kind: 'interaction',
      customerRef: row.customer_ref,
      interaction: {
        helpdesk: row.helpdesk,
        ticketId: row.ticket_id,
        channel: row.channel,
        subject: row.subject ?? '',
        ...(row.status === undefined ? {} : { status: row.status }),
        tags: [],
        createdAt: row.created_at,
        updatedAt: row.updated_at ?? row.created_at,
        ...(row.excerpt === undefined ? {} : { excerpt: excerptOf(row.excerpt) }),
        url: row.url,
      },
    }));
  return { customer, purchase, interaction };
}

const kindOf = oneOf(importKinds, 'a kind');
/** What the stored interaction's fields are called in the file. */
const columnOfField: Record<string, string> = {
  ticketId: 'ticket_id',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
const storedInteraction = interactionSchema.omit({ customerId: true });

function problemsOf(error: z.ZodError, line: number, path: (field: string) => string = String): RowProblem[] {
  return error.issues.map((issue) => {
    const [field] = issue.path;
    return field === undefined
      ? { line, reason: issue.message }
      : { line, column: path(String(field)), reason: issue.message };
  });
}

/**
 * Checks one row read from the file. Interactions are also checked against the stored record's
 * own schema, so nothing is written that the history would later skip as unreadable.
 */
export function rowChecker(options: IdentityOptions): (row: SourceRow) => ImportRow | RowProblem[] {
  const schemas = rowSchema(options);
  return ({ line, values, problems }) => {
    if (problems.length > 0) return problems.map((problem) => ({ line, ...problem }));
    if (values.kind === undefined) return [{ line, column: 'kind', reason: 'is empty' }];
    const kind = kindOf.safeParse(values.kind);
    if (!kind.success)
      return kind.error.issues.map(({ message }) => ({ line, column: 'kind', reason: message }));
    // Reported alike, whichever column it is (zod's own words name types, not columns).
    const missing = requiredColumns[kind.data].filter((column) => values[column] === undefined);
    if (missing.length > 0) return missing.map((column) => ({ line, column, reason: 'is empty' }));
    const checked = schemas[kind.data].safeParse({ ...values, kind: kind.data });
    if (!checked.success) return problemsOf(checked.error, line);
    const row = { ...checked.data, line };
    if (row.kind !== 'interaction') return row;
    const stored = storedInteraction.safeParse(row.interaction);
    return stored.success ? row : problemsOf(stored.error, line, (field) => columnOfField[field] ?? field);
  };
}
