import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, expect, test } from 'vitest';

import { pageReportSchema } from '../../lib/diagnostics/report-schema';
import { runCli } from '../../scripts/pack/cli';
import { RENAMED_PRIORITY_SWITCH } from '../../scripts/demo/zendesk/ticket-workspace';
import { startHarness, type Harness } from './harness';
import { ZendeskPage } from './pages/zendesk-page';

/**
 * "Report this page" (issue #8) in the built extension: Zendesk renames its priority field, the
 * panel offers a report, the background injects the page diagnostic into the helpdesk tab, and
 * the file the agent downloads holds the page's structure but none of the customer's text. The
 * team lead's `pack diagnose` then finds the renamed field in it.
 */
let harness: Harness;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'touchpoint-page-report-'));
  harness = await startHarness();
  const zendesk = await new ZendeskPage(harness.helpdeskTab).open();
  await zendesk.page.evaluate((key) => localStorage.setItem(key, 'on'), RENAMED_PRIORITY_SWITCH);
  await zendesk.open();
  await zendesk.openFromView(4512);
  await harness.panel.waitForTicket('Zendesk #4512');
});

afterAll(async () => {
  await harness?.close();
  await rm(folder, { recursive: true, force: true });
});

test('the agent reports the page and downloads a report without customer text', async () => {
  const panel = harness.panel.page;
  await panel.getByText("Touchpoint couldn't read: priority.").waitFor();
  await panel.getByRole('button', { name: 'Report this page' }).click();
  await panel.getByText(/^Report ready: [\d,]+ elements, priority not found\.$/).waitFor({ timeout: 10_000 });

  const [download] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Download report' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^touchpoint-page-report-zendesk-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(folder, download.suggestedFilename());
  await download.saveAs(file);
  const text = await readFile(file, 'utf8');
  const report = pageReportSchema.parse(JSON.parse(text));
  expect(report.helpdesk).toEqual({ id: 'zendesk', kind: 'built-in' });
  expect(report.fields.find((probe) => probe.field === 'priority')?.read).toBe(false);
  expect(text).toContain('"data-test-id": "ticket-fields-priority-dropdown"');
  for (const customerText of [
    'Maya',
    'Okafor',
    'maya.okafor@example.com',
    '4417',
    'Refund for double charge',
  ]) {
    expect(text).not.toContain(customerText);
  }

  // The team lead's side: the pack tool points at the renamed field.
  const output: string[] = [];
  const io = {
    cwd: folder,
    out: (line: string) => output.push(line),
    err: (line: string) => output.push(line),
  };
  await writeFile(join(folder, 'report.json'), text);
  expect(await runCli(['diagnose', 'report.json'], io)).toBe(0);
  expect(output).toContain('Not read: priority');
  expect(output.join('\n')).toContain('1. [data-test-id="ticket-fields-priority-dropdown"]');
});
