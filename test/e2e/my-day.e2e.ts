import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { readReport } from '../../lib/activity/report-export';
import { signPack } from '../../lib/packs/signature';
import { createPackHost, demoPackFiles } from '../../scripts/demo/pack-host';
import { makePackInput } from '../builders/pack';
import { demoPrivateKey, demoPublicKey, type Harness, startHarness, subscribeToPacks } from './harness';
import { ZendeskPage } from './pages/zendesk-page';

/**
 * A scripted working session with the demo helpdesk and the signed demo pack, plus the team's
 * callback drill (a phone call is returned within a minute, so Maya's callback, placed eight
 * minutes ago, is already breached): the agent views four tickets, inserts a snippet on Maya's
 * refund email, and Daniel declines the Mesh Extender. "My day" on the options page then shows
 * those figures, and the JSON export the agent hands to the team lead contains them.
 */
const drill = makePackInput({
  id: 'callback-drill',
  name: 'Callback drill',
  version: 1,
  snippets: [],
  offers: [],
  standards: [
    {
      id: 'callback-one-minute',
      name: 'Callback within a minute',
      charter: 'Phone callers get a call back within a minute during the drill.',
      kind: 'rigid',
      when: { all: [{ field: 'ticket.channel', op: 'is', value: 'phone' }] },
      targets: [{ metric: 'callback', within: 1 }],
    },
  ],
});
const packHost = createPackHost(demoPackFiles('.'));
const meshTitle = "Mesh Extender for rooms the router can't reach";
let harness: Harness;
let options: Page;

async function openOptions(): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
  return page;
}

beforeAll(async () => {
  // The drill is signed with the team's key too: with a trusted key set, an unsigned pack is refused.
  const drillBytes = new TextEncoder().encode(JSON.stringify(drill));
  packHost.publish('/callback-drill.json', drillBytes);
  packHost.publish('/callback-drill.json.sig', await signPack(drillBytes, demoPrivateKey));
  harness = await startHarness({ routes: [packHost.route] });
  await subscribeToPacks(harness, {
    packUrls: [packHost.urlOf('/northwind-support.json'), packHost.urlOf('/callback-drill.json')],
    trustedKeys: [demoPublicKey],
  });
  const setup = await openOptions();
  await setup.getByLabel('CRM export (CSV or JSON)').setInputFiles('scripts/demo/northwind-crm-export.csv');
  await setup.getByRole('button', { name: 'Import', exact: true }).click();
  await setup
    .getByRole('status')
    .filter({ hasText: /^Imported 16 rows/ })
    .waitFor({ timeout: 15_000 });
  await setup.close();

  const zendesk = await new ZendeskPage(harness.helpdeskTab).open();
  const panel = harness.panel;
  await zendesk.openFromView(4512);
  await panel.waitForTicket('Zendesk #4512');
  const [firstSnippet] = await panel.snippetTitles();
  await panel.insertSnippet(firstSnippet!, 'Sam Patel');
  await panel.page.locator('.insert-status', { hasText: /Inserted into the reply|copied/ }).waitFor();

  await zendesk.goToView();
  await zendesk.openFromView(4519);
  await panel.waitForTicket('Zendesk #4519');
  const offers = panel.page.getByRole('region', { name: 'Offers' });
  const mesh = offers.getByRole('article', { name: meshTitle });
  await mesh.waitFor({ timeout: 10_000 });
  await mesh.getByRole('button', { name: /Customer said no/ }).click();
  await offers.getByRole('status').filter({ hasText: 'said no to Mesh Extender' }).waitFor();

  await zendesk.goToView();
  await zendesk.openFromView(4530);
  await panel.waitForTicket('Zendesk #4530');
  await panel.page
    .locator('.countdown .countdown-state', { hasText: 'Breached' })
    .first()
    .waitFor({ timeout: 15_000 });

  await zendesk.goToView();
  await zendesk.openFromView(4498);
  await panel.waitForTicket('Zendesk #4498');
  options = await openOptions();
}, 120_000);

afterAll(() => harness?.close());

function figure(term: string): Promise<string> {
  return options
    .locator('.my-day-figures dt', { hasText: term })
    .locator('xpath=following-sibling::dd[1]')
    .innerText();
}

test("'My day' shows the session: tickets viewed, the snippet, the breach and the declined offer", async () => {
  await options.getByRole('heading', { name: 'My day' }).waitFor();
  await options.locator('.my-day-figures').waitFor({ timeout: 10_000 });
  expect(Number(await figure('Tickets viewed'))).toBe(4);
  expect(await figure('Snippets inserted')).toBe('1');
  expect(await figure('Response targets breached')).toMatch(/^1 \(by \d+ min/);
  expect(await figure('Offers shown / accepted / declined / not relevant')).toMatch(/^\d+ \/ 0 \/ 1 \/ 0$/);
  const byStandard = options.getByRole('table', { name: 'Response targets by standard' });
  expect(await byStandard.innerText()).toContain('Callback within a minute');
});

test('the JSON export for the team lead holds the same figures, and no customer text', async () => {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  const read = readReport(text);
  if (!read.ok) throw new Error(read.reason);
  const { figures, includesCustomerData } = read.report;
  expect(includesCustomerData).toBe(false);
  expect(figures.ticketsViewed).toBe(4);
  expect(figures.snippetsInserted.count).toBe(1);
  expect(figures.standards.breached).toBe(1);
  expect(figures.standards.byStandard).toContainEqual(
    expect.objectContaining({ standardId: 'callback-one-minute', met: 0, breached: 1 }),
  );
  expect(figures.offers).toMatchObject({ declined: 1, accepted: 0 });
  expect(figures.offers.byOffer).toContainEqual(
    expect.objectContaining({ offerId: 'mesh-extender-weak-signal', declined: 1 }),
  );
  expect(text).not.toMatch(/Maya|Okafor|Daniel|maya\.okafor/);
});
