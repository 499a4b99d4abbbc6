import { z } from 'zod';

import type { Pack } from './pack-schema';
import { checkPack, type PackIssue } from './parse-issues';
import { findJsonSyntaxError } from './parse-json-error';

/** `path` reads like `snippets[12].locale`; empty when the problem is with the pack as a whole. */
export interface PackError {
  path: string;
  message: string;
}

export type ParsedPack = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Larger packs are refused before any parsing, so a bad URL cannot freeze the extension. */
export const MAX_PACK_BYTES = 20_000_000;

export function formatPackPath(path: readonly (string | number)[]): string {
  return z.core.toDotPath(path);
}

/** The line a person reads: `snippets[12].locale: expected a BCP 47 tag …`. */
export function formatPackError(error: PackError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

function failure(message: string): ParsedPack {
  return { ok: false, errors: [{ path: '', message }] };
}

function toPackError(issue: PackIssue): PackError {
  return { path: formatPackPath(issue.path), message: issue.message };
}

/** A decoded pack (the value of JSON.parse, or YAML) checked against the schema. Never throws. */
export function parsePack(input: unknown): ParsedPack {
  try {
    const check = checkPack(input);
    return check.ok ? check : { ok: false, errors: check.issues.map(toPackError) };
  } catch (error) {
    // Only a hostile value gets here (a getter or proxy that throws): JSON never does.
    return failure(`the pack could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Rounded up, so a pack just over the limit never reads as exactly the limit. */
function megabytes(bytes: number): string {
  return `${(Math.ceil(bytes / 100_000) / 10).toFixed(1)} MB`;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

function tooLarge(bytes: number): ParsedPack | undefined {
  return bytes > MAX_PACK_BYTES
    ? failure(`pack is ${megabytes(bytes)}; the limit is ${MAX_PACK_BYTES / 1_000_000} MB`)
    : undefined;
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    // Drops a leading byte-order mark, as editors on Windows write one.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function parseJson(text: string): ParsedPack {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(withoutBom);
  } catch {
    const syntax = findJsonSyntaxError(withoutBom);
    return failure(
      syntax
        ? `not valid JSON: line ${syntax.line}, column ${syntax.column}: ${syntax.message}`
        : 'not valid JSON',
    );
  }
  return parsePack(input);
}

/** A pack file as fetched or opened: size-checked, decoded, JSON-parsed, validated. Never throws. */
export function parsePackText(source: string | Uint8Array): ParsedPack {
  if (typeof source === 'string') return tooLarge(utf8Length(source)) ?? parseJson(source);
  const refusal = tooLarge(source.byteLength);
  if (refusal) return refusal;
  const text = decode(source);
  return text === undefined ? failure('the pack is not UTF-8 text') : parseJson(text);
}
