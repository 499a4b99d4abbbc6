import { readFileSync } from 'node:fs';

import { formatPackError, parsePackText } from '../../lib/packs/parse';
import type { Snippet } from '../../lib/packs/snippet-schema';

/** The demo pack as built and signed; test/packs/pack-tool-demo.test.ts keeps it in step with its sources. */
export const demoPackFile = 'public/packs/northwind-support.json';

/** The demo pack's snippets, read through the same parser the extension uses. */
export function loadDemoSnippets(file = demoPackFile): Snippet[] {
  const parsed = parsePackText(readFileSync(file));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map(formatPackError).join('; ')}`);
  return parsed.pack.snippets;
}
