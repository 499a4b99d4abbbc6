import { z } from 'zod';

import { packSchema } from './pack-schema';

/**
 * The JSON Schema editors use to complete and check a hand-written pack.json, generated from the
 * same zod schema that validates packs, so the two cannot drift. Draft 7, because that is the
 * draft VS Code, JetBrains IDEs and the YAML language server all read in full. Checks written as
 * code (duplicate ids, unknown products, durations) are not expressible here; `pack validate`
 * runs them.
 */
export function packJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(packSchema, { io: 'input', target: 'draft-7' });
  return {
    $schema,
    title: 'Touchpoint knowledge pack',
    description:
      'Snippets, offers, response standards and business-hours calendars a team lead publishes to their team.',
    ...schema,
  };
}

/** The file as committed in public/pack.schema.json. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}
