import { writeFileSync } from 'node:fs';

import { suites, type SuiteName } from './suites';

/** The child process of isolated.ts: runs the named suite and writes its figures as JSON. */
const [name, output] = process.argv.slice(2);
if (!name || !output || !(name in suites)) {
  throw new Error(`usage: suite-process.ts <${Object.keys(suites).join('|')}> <output.json>`);
}
writeFileSync(output, JSON.stringify(await suites[name as SuiteName]()));
