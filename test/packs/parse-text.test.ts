// @vitest-environment node
import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { formatPackError, MAX_PACK_BYTES, parsePackText } from '../../lib/packs/index';
import { largePackText } from '../fixtures/packs/large-pack';

const harbourText = readFileSync('test/fixtures/packs/harbour-billing.pack.json', 'utf8');

function lines(source: string | Uint8Array): string[] {
  const result = parsePackText(source);
  return result.ok ? [] : result.errors.map(formatPackError);
}

describe('parsePackText reads a pack file', () => {
  test.each([
    { form: 'as text', source: harbourText },
    { form: 'as bytes', source: new TextEncoder().encode(harbourText) },
    { form: 'saved with a byte-order mark', source: `\uFEFF${harbourText}` },
    {
      form: 'as bytes with a byte-order mark',
      source: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(harbourText)]),
    },
  ])('$form', ({ source }) => {
    expect(parsePackText(source)).toMatchObject({ ok: true, pack: { id: 'harbour-billing', version: 7 } });
  });
});

describe('parsePackText points at JSON syntax errors by line and column', () => {
  test.each([
    {
      mistake: 'a trailing comma after the last field',
      text: '{\n  "format": "touchpoint-pack/1",\n  "id": "harbour-billing",\n}',
      expected: 'not valid JSON: line 3, column 26: a comma before "}" is not allowed in JSON',
    },
    {
      mistake: 'single quotes around a name',
      text: '{\n  \'id\': "harbour-billing"\n}',
      expected: `not valid JSON: line 2, column 3: expected a property name in double quotes, got "'" (JSON strings use double quotes)`,
    },
    {
      mistake: 'a missing comma between fields',
      text: '{\n  "id": "harbour-billing"\n  "version": 7\n}',
      expected: 'not valid JSON: line 3, column 3: expected "," or "}", got "\\""',
    },
    {
      mistake: 'a line break inside a snippet body',
      text: '{\n  "snippets": [{ "body": "Hi there,\nthanks" }]\n}',
      expected:
        'not valid JSON: line 2, column 36: a line break or control character inside a string; write it as \\n',
    },
    {
      mistake: 'a file cut off part way',
      text: '{\n  "snippets": [\n    { "id": "meter-reading-estimate" },',
      expected: 'not valid JSON: line 3, column 40: the text ends where a value should be',
    },
    {
      mistake: 'a bare word for a value',
      text: '{ "version": seven }',
      expected:
        'not valid JSON: line 1, column 14: expected a value ("text", a number, true, false, null, [ or {), got seven',
    },
    {
      mistake: 'a second document after the first',
      text: '{ "id": "a" }\n{ "id": "b" }',
      expected: 'not valid JSON: line 2, column 1: unexpected "{" after the end of the JSON value',
    },
    {
      mistake: 'an empty file',
      text: '',
      expected: 'not valid JSON: line 1, column 1: the text ends where a value should be',
    },
  ])('$mistake', ({ text, expected }) => {
    expect(lines(text)).toEqual([expected]);
  });
});

describe('parsePackText refuses before parsing', () => {
  test.each([
    {
      what: 'a 23.4 MB text',
      source: `"${'a'.repeat(23_399_998)}"`,
      expected: 'pack is 23.4 MB; the limit is 20 MB',
    },
    {
      what: 'bytes one over the limit',
      source: new Uint8Array(MAX_PACK_BYTES + 1),
      expected: 'pack is 20.1 MB; the limit is 20 MB',
    },
    {
      what: 'text whose characters take three bytes each',
      source: '€'.repeat(7_000_000),
      expected: 'pack is 21.0 MB; the limit is 20 MB',
    },
    {
      what: 'bytes that are not UTF-8',
      source: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      expected: 'the pack is not UTF-8 text',
    },
  ])('$what', ({ source, expected }) => {
    expect(lines(source)).toEqual([expected]);
  });
});

describe('a pack of 10,000 snippets', () => {
  const text = largePackText(10_000);

  test('parses and validates whole', () => {
    const result = parsePackText(text);
    expect(result.ok && result.pack.snippets.length).toBe(10_000);
  });

  test('reports the one bad snippet among them', () => {
    const broken = text.replace('"id":"kb-07342","title"', '"id":"kb-07342","titel"');
    expect(lines(broken)).toEqual([
      'snippets[7342].title: missing; this field is required',
      'snippets[7342].titel: unknown field; did you mean "title"?',
    ]);
  });
});
