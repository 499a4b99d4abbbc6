// @vitest-environment node
/**
 * `npm run pack -- diagnose` on the report an agent would send from the renamed-priority page
 * (test/fixtures/diagnostics/zendesk-renamed-priority.report.json, kept equal to what Touchpoint
 * builds from zendesk/renamed-priority-attribute.html by report-suggestions.test.ts).
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import type { PageReport } from '../../lib/diagnostics/report-schema';
import { runCli } from '../../scripts/pack/cli';
import { capturedIo, temporaryFolders } from '../fixtures/packs/temp-folder';

const fixtures = join(import.meta.dirname, '../fixtures/diagnostics');
const renamedReport = 'zendesk-renamed-priority.report.json';
const tempFolder = temporaryFolders();

function storedReport(): PageReport {
  return JSON.parse(readFileSync(join(fixtures, renamedReport), 'utf8')) as PageReport;
}

describe('npm run pack -- diagnose', () => {
  async function reportFile(name: string, content: unknown): Promise<{ folder: string; file: string }> {
    const folder = await tempFolder();
    await writeFile(join(folder, name), typeof content === 'string' ? content : JSON.stringify(content));
    return { folder, file: name };
  }

  test('prints what was read, the failing selectors, ranked suggestions and a fragment to paste', async () => {
    const report = storedReport();
    const io = capturedIo(fixtures);
    expect(await runCli(['diagnose', renamedReport], io)).toBe(0);
    expect(io.errors).toEqual([]);
    const elements = report.tree.nodes.length;
    expect(io.output).toEqual([
      'Page report from zendesk (built-in adapter): https://northwind.zendesk.com/agent/tickets/{n}',
      'Made 2026-11-26T10:14:00.000Z by Touchpoint 0.1.0; the page read as: ticket.',
      `Structure: ${elements} of ${report.page.elements} elements described.`,
      '',
      'Read: subject, requester name, requester email, requester phone, channel, status, tags, created time, last customer message time, last agent reply time, latest customer message',
      'Not read: priority',
      '',
      'priority:',
      '  [data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]  (built-in, 2024–26): 0 elements, 0 in the ticket',
      '  [data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.select"]  (built-in, 2020–23): 0 elements, 0 in the ticket',
      '  Suggestions, best first:',
      '    1. [data-test-id="ticket-fields-priority-dropdown"] [data-garden-id="dropdowns.combobox.value"]',
      '       1 element, 1 in the ticket: unique in the ticket; its data-test-id names "priority"; like the built-in "ticket-fields-priority-select"; reads [data-garden-id="dropdowns.combobox.value"] inside it, as the built-in selector does',
      '    2. [data-test-id="ticket-fields-priority-dropdown"]',
      '       1 element, 1 in the ticket: unique in the ticket; its data-test-id names "priority"; like the built-in "ticket-fields-priority-select"',
      '',
      "Paste into your pack's helpdeskOverrides (the first suggestion for each field; try it on a live ticket first):",
      '{',
      '  "helpdesk": "zendesk",',
      '  "fields": {',
      '    "priority": {',
      '      "selector": "[data-test-id=\\"ticket-fields-priority-dropdown\\"] [data-garden-id=\\"dropdowns.combobox.value\\"]"',
      '    }',
      '  }',
      '}',
    ]);
    const fragment = JSON.parse(io.output.slice(io.output.indexOf('{')).join('\n')) as unknown;
    expect(fragment).toEqual({
      helpdesk: 'zendesk',
      fields: {
        priority: {
          selector:
            '[data-test-id="ticket-fields-priority-dropdown"] [data-garden-id="dropdowns.combobox.value"]',
        },
      },
    });
  });

  test("for a pack's declared helpdesk, the fragment goes into its fields", async () => {
    const report = { ...storedReport(), helpdesk: { id: 'acme-desk', kind: 'declared' as const } };
    const { folder, file } = await reportFile('acme.json', report);
    const io = capturedIo(folder);
    expect(await runCli(['diagnose', file], io)).toBe(0);
    const heading = io.output.findIndex((line) => line.startsWith('Paste into'));
    expect(io.output[heading]).toBe(
      'Paste into the fields of the declared helpdesk "acme-desk" (the first suggestion for each field; try it on a live ticket first):',
    );
    expect(JSON.parse(io.output.slice(heading + 1).join('\n'))).toEqual({
      fields: {
        priority: {
          selector:
            '[data-test-id="ticket-fields-priority-dropdown"] [data-garden-id="dropdowns.combobox.value"]',
        },
      },
    });
  });

  test('a page where every field was read: nothing to suggest', async () => {
    const report = storedReport();
    for (const probe of report.fields) probe.read = true;
    const { folder, file } = await reportFile('report.json', report);
    const io = capturedIo(folder);
    expect(await runCli(['diagnose', file], io)).toBe(0);
    expect(io.output.at(-1)).toBe('Every field was read: nothing to suggest.');
  });

  test.each<[string, string, unknown, RegExp]>([
    [
      'a field of the wrong type, named with its path',
      'bad.json',
      (() => {
        const report = storedReport() as unknown as { fields: { read: unknown }[] };
        report.fields[5]!.read = 'no';
        return report;
      })(),
      /^bad\.json: fields\.5\.read: .*boolean/,
    ],
    ['a file that is not JSON', 'notes.json', 'priority is gone {', /^notes\.json: not JSON \(/],
    [
      'an export of another kind',
      'my-day.json',
      { format: 'touchpoint-report/1', exportedAt: '2026-11-30T23:00:00.000Z' },
      /^my-day\.json: not a page report \(its format is "touchpoint-report\/1"; expected "touchpoint-page-report\/1"\)$/,
    ],
    ['JSON without a format', 'empty.json', {}, /^empty\.json: not a page report \(it has no "format"/],
  ])('refuses %s, naming the file', async (_case, name, content, error) => {
    const { folder, file } = await reportFile(name, content);
    const io = capturedIo(folder);
    expect(await runCli(['diagnose', file], io)).toBe(1);
    expect(io.output).toEqual([]);
    expect(io.errors[0]).toMatch(error);
  });

  test('a missing file', async () => {
    const io = capturedIo(await tempFolder());
    expect(await runCli(['diagnose', 'nowhere.json'], io)).toBe(1);
    expect(io.errors).toEqual(['cannot read nowhere.json: no such file or folder']);
  });

  test('wrong arguments show the usage', async () => {
    const io = capturedIo(await tempFolder());
    expect(await runCli(['diagnose'], io)).toBe(2);
    expect(io.errors[0]).toBe('pack diagnose: missing <report.json>');
    expect(io.errors[1]).toMatch(/^Usage: npm run pack -- diagnose <report.json>/);
  });

  test('is listed in the overview, with its help', async () => {
    const io = capturedIo(await tempFolder());
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.output.join('\n')).toMatch(
      / {2}diagnose +suggest selectors from an agent's "Report this page" file/,
    );
    const help = capturedIo(await tempFolder());
    expect(await runCli(['diagnose', '--help'], help)).toBe(0);
    expect(help.output.join('\n')).toContain('docs/page-report-format.md');
  });
});
