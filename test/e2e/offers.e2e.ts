import { afterAll, beforeAll, expect, test } from 'vitest';

import { createPackHost, demoPackFiles } from '../../scripts/demo/pack-host';
import { demoPublicKey, type Harness, startHarness, subscribeToPacks } from './harness';
import { ZendeskPage } from './pages/zendesk-page';

/**
 * Next-best offers as an agent meets them: the team imported its CRM export (who owns what), the
 * signed demo pack is installed, and Daniel writes on WhatsApp that the signal upstairs is weak.
 * The panel offers a Mesh Extender because he owns a Router X2, and says so; he says no. When he
 * calls back about the same thing, the offer is held back, with the cooldown as the reason.
 */
const packHost = createPackHost(demoPackFiles('.'));
const meshTitle = "Mesh Extender for rooms the router can't reach";
let harness: Harness;
let zendesk: ZendeskPage;

beforeAll(async () => {
  harness = await startHarness({ routes: [packHost.route] });
  await subscribeToPacks(harness, {
    packUrls: [packHost.urlOf('/northwind-support.json')],
    trustedKeys: [demoPublicKey],
  });
  const options = await harness.browser.context.newPage();
  await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
  await options.getByLabel('CRM export (CSV or JSON)').setInputFiles('scripts/demo/northwind-crm-export.csv');
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await options
    .getByRole('status')
    .filter({ hasText: /^Imported 16 rows: 5 new customers/ })
    .waitFor({ timeout: 15_000 });
  await options.close();
  zendesk = await new ZendeskPage(harness.helpdeskTab).open();
}, 60_000);

afterAll(() => harness?.close());

function offersRegion() {
  return harness.panel.page.getByRole('region', { name: 'Offers' });
}

test("on Daniel's weak-signal chat the Mesh Extender is offered, with why", async () => {
  await zendesk.openFromView(4519);
  await harness.panel.waitForTicket('Zendesk #4519');
  const card = offersRegion().getByRole('article', { name: meshTitle });
  await card.waitFor({ timeout: 10_000 });
  const reasons = await card.getByRole('list', { name: 'Why this offer' }).innerText();
  expect(reasons).toContain('owns Router X2 (Wi-Fi 6)');
  expect(reasons).toContain('no Mesh Extender yet');
  expect(reasons).toMatch(/ticket mentions .*weak/);
  // A first showing is no answer: nothing here counts against the offer yet.
  expect(await card.getByRole('list', { name: 'What counts against it' }).count()).toBe(0);
});

test('he says no; on his callback the offer is held back for the cooldown, and says so', async () => {
  const card = offersRegion().getByRole('article', { name: meshTitle });
  await card.getByRole('button', { name: /Customer said no/ }).click();
  await offersRegion()
    .getByRole('status')
    .filter({ hasText: 'the customer said no to Mesh Extender' })
    .waitFor();

  await zendesk.goToView();
  await zendesk.openFromView(4533);
  await harness.panel.waitForTicket('Zendesk #4533');
  const offers = offersRegion();
  await offers.getByText(/Why not the other/).waitFor({ timeout: 10_000 });
  expect(await offers.getByRole('article', { name: meshTitle }).count()).toBe(0);
  await offers.getByText(/Why not the other/).click();
  const meshHeldBack = offers.locator('.offers-held-back li', { hasText: 'Mesh Extender' });
  await meshHeldBack.waitFor();
  expect(await meshHeldBack.innerText()).toMatch(/declined[^\n]*cooldown 30 days/);
});
