import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { zendeskTickets, salesforceCases } from './demo/data';
import { demoLandingUrls, startDemoServer } from './demo/server';
import { launchWithExtension, openPanelFor } from './lib/chromium';
import { PanelPage } from '../test/e2e/pages/panel-page';
import { SalesforcePage } from '../test/e2e/pages/salesforce-page';
import { ZendeskPage } from '../test/e2e/pages/zendesk-page';

/**
 * `npm run demo`: the built extension in Debian's Chromium beside the local demo helpdesk.
 * With a display it opens both helpdesks for you to use; without one it walks through every demo
 * ticket and screenshots the panel and the page for each into demo-output/.
 */
const headless = !process.env.DISPLAY;
const outputDir = resolve('demo-output');

const server = await startDemoServer();
const browser = await launchWithExtension({ headless, extraArgs: server.chromiumArgs });
const helpdeskTab = browser.context.pages()[0] ?? (await browser.context.newPage());

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
  await panel.page.setViewportSize({ width: 400, height: 760 });
  const written: string[] = [];
  const capture = async (name: string) => {
    const panelShot = `${outputDir}/${name}-panel.png`;
    const pageShot = `${outputDir}/${name}-page.png`;
    await panel.page.screenshot({ path: panelShot });
    await helpdeskTab.screenshot({ path: pageShot });
    written.push(panelShot, pageShot);
    console.log(`  ${name}: ${(await panel.heading()).slice(0, 60)}`);
  };

  console.log('Walking through the demo tickets (headless: no DISPLAY)…');
  const zendesk = await new ZendeskPage(helpdeskTab).open();
  await panel.waitForHeading('No ticket open in this Zendesk tab');
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
