import type { z } from 'zod';

import { packSchema, type Pack } from './pack-schema';
import { closestKey, knownKeysAt } from './parse-known-keys';
import { packErrorMap, UNKNOWN_KEYS_MESSAGE } from './parse-messages';

/** One problem, its path kept as segments so a tool can map it back to a source file and line. */
export interface PackIssue {
  path: (string | number)[];
  message: string;
}

export type PackCheck = { ok: true; pack: Pack } | { ok: false; issues: PackIssue[] };

function segmentsOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
}

/** One issue per unknown field, each at the field's own path, with the known name it resembles. */
function unknownFields(issue: z.core.$ZodIssueUnrecognizedKeys): PackIssue[] {
  const known = knownKeysAt(packSchema, issue.path);
  return issue.keys.map((key) => {
    const suggestion = closestKey(key, known);
    const hint = suggestion
      ? `; did you mean "${suggestion}"?`
      : known.length > 0
        ? `; expected ${known.join(', ')}`
        : '';
    return { path: segmentsOf([...issue.path, key]), message: `${UNKNOWN_KEYS_MESSAGE}${hint}` };
  });
}

function issuesOf(error: z.ZodError): PackIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.message === UNKNOWN_KEYS_MESSAGE
      ? unknownFields(issue)
      : [{ path: segmentsOf(issue.path), message: issue.message }],
  );
}

/** Validates a decoded pack against the schema. Never throws. */
export function checkPack(input: unknown): PackCheck {
  const result = packSchema.safeParse(input, { error: packErrorMap });
  return result.success ? { ok: true, pack: result.data } : { ok: false, issues: issuesOf(result.error) };
}
