// @vitest-environment node
import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { packJsonSchema, packJsonSchemaText } from '../../lib/packs/json-schema';

type JsonSchema = { properties: Record<string, JsonSchema>; items: JsonSchema; required?: string[] } & Record<
  string,
  unknown
>;

describe('public/pack.schema.json', () => {
  test('is what the pack schema generates today (else run `npm run pack -- schema`)', () => {
    expect(readFileSync('public/pack.schema.json', 'utf8')).toBe(packJsonSchemaText());
  });

  test.each([
    { pack: 'test/fixtures/packs/harbour-billing.pack.json', schema: '../../../public/pack.schema.json' },
    { pack: 'public/packs/northwind-support.json', schema: '../pack.schema.json' },
  ])('$pack points its "$schema" at it', ({ pack, schema }) => {
    expect((JSON.parse(readFileSync(pack, 'utf8')) as { $schema: string }).$schema).toBe(schema);
  });
});

describe('the generated schema', () => {
  const schema = packJsonSchema() as JsonSchema;
  const snippet = schema.properties.snippets!.items;

  test.each([
    {
      what: 'the pack header',
      at: schema,
      required: ['format', 'id', 'name', 'version', 'publishedAt', 'publisher'],
    },
    {
      what: 'a snippet',
      at: snippet,
      required: ['id', 'title', 'body', 'category', 'locale', 'owner', 'updatedAt'],
    },
  ])('requires the fields of $what, and no others', ({ at, required }) => {
    expect(at.required).toEqual(required);
    expect(at.additionalProperties).toBe(false);
  });

  test('offers editors the choices a field has', () => {
    expect(snippet.properties.channels!.items.enum).toEqual([
      'email',
      'phone',
      'chat',
      'messaging',
      'web',
      'social',
      'api',
      'other',
    ]);
    expect(schema.properties.format).toMatchObject({ const: 'touchpoint-pack/1' });
    expect(snippet.properties.locale!.pattern).toBe(
      '^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\\d{3}))?$',
    );
  });
});
