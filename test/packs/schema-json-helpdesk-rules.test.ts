// @vitest-environment node
import { describe, expect, test } from 'vitest';

import { packJsonSchema } from '../../lib/packs/json-schema';

type JsonSchema = { properties: Record<string, JsonSchema>; items: JsonSchema; required?: string[] } & Record<
  string,
  unknown
>;

describe('the generated schema describes the helpdesk sections for editors', () => {
  const schema = packJsonSchema() as JsonSchema;
  const override = schema.properties.helpdeskOverrides!.items;
  const declared = schema.properties.declaredHelpdesks!.items;
  const rule = override.properties.fields!.properties.priority!;

  test('an override names a built-in helpdesk and its fields, nothing else', () => {
    expect(override.required).toEqual(['helpdesk', 'fields']);
    expect(override.properties.helpdesk!.enum).toEqual(['zendesk', 'salesforce', 'freshdesk']);
    expect(Object.keys(override.properties.fields!.properties)).toEqual([
      'subject',
      'requester.name',
      'requester.email',
      'requester.phone',
      'channel',
      'priority',
      'status',
      'tags',
      'createdAt',
      'lastCustomerMessageAt',
      'lastAgentReplyAt',
      'latestCustomerMessage',
    ]);
    expect(override.properties.fields!.additionalProperties).toBe(false);
  });

  test('a rule is data only: its options are listed and nothing else is allowed', () => {
    expect(Object.keys(rule.properties)).toEqual(['selector', 'attribute', 'all', 'split', 'values', 'date', 'value']);
    expect(rule.additionalProperties).toBe(false);
  });

  test('a declared helpdesk needs its id, name, ticket URL and a subject rule', () => {
    expect(declared.required).toEqual(['id', 'name', 'ticketUrl', 'fields']);
    expect(declared.properties.fields!.required).toEqual(['subject']);
    expect(declared.additionalProperties).toBe(false);
  });
});
