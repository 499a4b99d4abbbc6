import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { builtExtensionDir } from '../scripts/lib/chromium';

/** Size of the built content script, which every helpdesk page the agent opens has to load. */
export function contentScriptSize(): { minifiedBytes: number; gzippedBytes: number } {
  const code = readFileSync(join(builtExtensionDir, 'content-scripts', 'helpdesk.js'));
  return { minifiedBytes: code.length, gzippedBytes: gzipSync(code, { level: 9 }).length };
}
