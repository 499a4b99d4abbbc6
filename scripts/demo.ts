import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { readFileSync } from 'node:fs';

import { zendeskTickets, salesforceCases } from './demo/data';
import { createPackHost, demoPackFiles } from './demo/pack-host';
import { demoLandingUrls, startDemoServer } from './demo/server';
import { launchWithExtension, openPanelFor } from './lib/chromium';
import { PanelPage } from '../test/e2e/pages/panel-page';
import { SalesforcePage } from '../test/e2e/pages/salesforce-page';
import { ZendeskPage } from '../test/e2e/pages/zendesk-page';
import type { Browser } from 'webextension-polyfill';

/**
 * `npm run demo`: the built extension in Debian's Chromium beside the local demo helpdesk.
 * With a display it opens both helpdesks for you to use; without one it walks through every demo
 * ticket and screenshots the panel and the page for each into demo-output/.
 */
const headless = !process.env.DISPLAY;
const outputDir = resolve('demo-output');

const packHost = createPackHost(demoPackFiles('.'));
const server = await startDemoServer({ routes: [packHost.route] });
const browser = await launchWithExtension({ headless, extraArgs: server.chromiumArgs });
const helpdeskTab = browser.context.pages()[0] ?? (await browser.context.newPage());

// The team lead's setup, as on the options page: the demo pack's URL and the key that signed it.
const worker = await browser.worker();
await worker.evaluate(
  async (packSettings) => {
    const api = (globalThis as unknown as { chrome: Browser }).chrome;
    await api.storage.local.set({ packSettings });
  },
  {
    packUrls: [packHost.urlOf('/northwind-support.json')],
    trustedKeys: [readFileSync('packs/northwind-support/demo-public-key.txt', 'utf8').trim()],
    pollMinutes: 15,
  },
);

// The team's CRM export (who owns what), imported on the options page as a team lead would:
// next-best offers need to know what each customer already has.
const options = await browser.context.newPage();
await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
await options.getByLabel('CRM export (CSV or JSON)').setInputFiles('scripts/demo/northwind-crm-export.csv');
await options.getByRole('button', { name: 'Import', exact: true }).click();
await options
  .getByRole('status')
  .filter({ hasText: /^Imported / })
  .waitFor({ timeout: 30_000 });
await options.close();

if (!headless) {
  await helpdeskTab.goto(demoLandingUrls.zendesk);
  const salesforceTab = await browser.context.newPage();
  await salesforceTab.goto(demoLandingUrls.salesforce);
  await helpdeskTab.bringToFront();
  console.log(
    [
      'Touchpoint demo is running in Chromium:',
      `  Zendesk    ${demoLandingUrls.zendesk}`,
      `  Salesforce ${demoLandingUrls.salesforce}`,
      'Click the Touchpoint button in the toolbar (pin it from the puzzle-piece menu) to open the side panel,',
      'then open tickets, switch tabs and go back and forth. Close Chromium to end the demo.',
    ].join('\n'),
  );
  await new Promise((done) => browser.context.once('close', done));
} else {
  mkdirSync(outputDir, { recursive: true });
  await helpdeskTab.setViewportSize({ width: 1280, height: 800 });
  const panel = new PanelPage(await openPanelFor(browser, helpdeskTab));
  await panel.page.setViewportSize({ width: 420, height: 900 });
  const written: string[] = [];
  const capture = async (name: string) => {
    const panelShot = `${outputDir}/${name}-panel.png`;
    const pageShot = `${outputDir}/${name}-page.png`;
    await panel.page.screenshot({ path: panelShot, fullPage: true });
    await helpdeskTab.screenshot({ path: pageShot });
    written.push(panelShot, pageShot);
    console.log(`  ${name}: ${(await panel.heading()).slice(0, 60)}`);
  };

  console.log('Walking through the demo tickets (headless: no DISPLAY)…');
  const zendesk = await new ZendeskPage(helpdeskTab).open();
  await panel.waitForHeading('No ticket open in this Zendesk tab');
  await panel.waitForFooter('Packs: Northwind Support');
  await capture('zendesk-view');
  for (const ticket of zendeskTickets) {
    await zendesk.goToView();
    await zendesk.openFromView(ticket.id);
    await panel.waitForTicket(`Zendesk #${ticket.id}`);
    await capture(`zendesk-${ticket.id}`);
  }

  const salesforce = await new SalesforcePage(helpdeskTab).open();
  await panel.waitForHeading('No ticket open in this Salesforce tab');
  await capture('salesforce-list');
  for (const salesforceCase of salesforceCases) {
    await salesforce.goToList();
    await salesforce.openFromList(salesforceCase.caseNumber);
    await panel.waitForTicket(`Salesforce Case ${salesforceCase.caseNumber}`);
    await capture(`salesforce-${salesforceCase.caseNumber}`);
  }
  await salesforce.openContactSubtab(salesforceCases.at(-1)?.customer.name ?? '');
  await capture('salesforce-contact-subtab');

  console.log(`\n${written.length} screenshots written to ${outputDir}/ (panel and page for each step).`);
  await browser.close();
}
await server.close();
