import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { builtExtensionDir } from '../scripts/lib/chromium';

export interface ContentScriptSize {
  /** As built, e.g. "zendesk.js". */
  file: string;
  minifiedBytes: number;
  gzippedBytes: number;
}

/**
 * Size of each built content script: one per helpdesk (every page of that helpdesk the agent
 * opens loads it) and the declared-helpdesk one. The size target holds for the largest.
 */
export function contentScriptSizes(): { contentScripts: ContentScriptSize[]; largest: ContentScriptSize } {
  const folder = join(builtExtensionDir, 'content-scripts');
  const contentScripts = readdirSync(folder)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => {
      const code = readFileSync(join(folder, file));
      return { file, minifiedBytes: code.length, gzippedBytes: gzipSync(code, { level: 9 }).length };
    });
  const largest = contentScripts.reduce<ContentScriptSize | undefined>(
    (max, script) => (max && max.gzippedBytes >= script.gzippedBytes ? max : script),
    undefined,
  );
  if (!largest) throw new Error(`No content script in ${folder}. Run: npx wxt build`);
  return { contentScripts, largest };
}
