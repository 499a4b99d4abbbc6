/**
 * Zod's default messages ("Invalid input: expected string, received undefined") rewritten in a
 * team lead's terms. Messages a schema sets itself take precedence over these.
 */
import type { z } from 'zod';

/** What the map answers for unknown keys; parse-issues.ts splits them per key with a suggestion. */
export const UNKNOWN_KEYS_MESSAGE = 'unknown field';

const expectedTypes: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object of named fields',
  tuple: 'a list',
};

function expectedType(expected: string): string {
  return expectedTypes[expected] ?? expected;
}

/** A short rendering of what was found, never longer than a line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

function plural(count: number | bigint, noun: string): string {
  return `${count} ${noun}${Number(count) === 1 ? '' : 's'}`;
}

function sizeOf(input: unknown): string {
  if (typeof input === 'string') return plural(input.length, 'character');
  if (Array.isArray(input)) return plural(input.length, 'item');
  return describeValue(input);
}

function tooSmall(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall>): string {
  const { origin, minimum, input } = issue;
  if (origin === 'string' && Number(minimum) === 1) return 'must not be empty';
  if (origin === 'array' && Number(minimum) === 1) return 'needs at least one item';
  if (origin === 'string') return `needs at least ${plural(minimum, 'character')}, got ${sizeOf(input)}`;
  if (origin === 'array') return `needs at least ${plural(minimum, 'item')}, got ${sizeOf(input)}`;
  return `must be at least ${minimum}, got ${describeValue(input)}`;
}

function tooBig(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooBig>): string {
  const { origin, maximum, input } = issue;
  if (origin === 'string') return `at most ${plural(maximum, 'character')}, got ${sizeOf(input)}`;
  if (origin === 'array') return `at most ${plural(maximum, 'item')}, got ${sizeOf(input)}`;
  return `must be at most ${maximum}, got ${describeValue(input)}`;
}

const formatExamples: Record<string, string> = {
  datetime: 'a date and time such as "2026-03-02T09:00:00Z"',
  date: 'a date such as "2026-03-02"',
  url: 'a URL such as "https://packs.example.com/billing.json"',
};

function invalidFormat(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidStringFormat>): string {
  const expected = formatExamples[issue.format] ?? `text in ${issue.format} format`;
  return `expected ${expected}, got ${describeValue(issue.input)}`;
}

function invalidValue(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidValue>): string {
  const options = issue.values.map((value) => JSON.stringify(value));
  const expected = options.length === 1 ? options[0] : `one of ${options.join(', ')}`;
  return `expected ${expected}, got ${describeValue(issue.input)}`;
}

/** A union fails as a whole: say which kinds of value would do. */
function invalidUnion(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidUnion>): string | undefined {
  const expected = issue.errors.flatMap((branch) =>
    branch.flatMap((inner) => (inner.code === 'invalid_type' ? [expectedType(inner.expected)] : [])),
  );
  if (expected.length !== issue.errors.length) return undefined;
  const choices =
    expected.length > 1 ? `${expected.slice(0, -1).join(', ')} or ${expected.at(-1)}` : expected.join('');
  return `expected ${choices}, got ${describeValue(issue.input)}`;
}

/** The per-parse error map: only called where the schema gave no message of its own. */
export const packErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'missing; this field is required'
        : `expected ${expectedType(issue.expected)}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_format':
      return invalidFormat(issue);
    case 'invalid_value':
      return invalidValue(issue);
    case 'invalid_union':
      return invalidUnion(issue);
    case 'unrecognized_keys':
      return UNKNOWN_KEYS_MESSAGE;
    default:
      return undefined;
  }
};
