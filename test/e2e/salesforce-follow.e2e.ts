import { afterAll, beforeAll, expect, test } from 'vitest';

import { startHarness, type Harness } from './harness';
import { SalesforcePage } from './pages/salesforce-page';
import { ZendeskPage } from './pages/zendesk-page';

let harness: Harness;
let salesforce: SalesforcePage;

beforeAll(async () => {
  harness = await startHarness();
  salesforce = new SalesforcePage(harness.helpdeskTab);
});

afterAll(() => harness?.close());

test('the Cases list is a helpdesk page without a ticket', async () => {
  await salesforce.open();
  await harness.panel.waitForHeading('No ticket open in this Salesforce tab');
});

test('a case opened from the list shows with its Case Number and mapped values', async () => {
  await salesforce.openFromList('00104217');
  await harness.panel.waitForTicket('Salesforce Case 00104217');
  expect(await harness.panel.heading()).toBe('Shipping delay for Mesh Extender order');
  expect(await harness.panel.requester()).toContain('Grace Liu');
  // Salesforce "Working" is open; the Case Origin "Email" is the channel.
  expect(await harness.panel.factLabels()).toEqual(['Email', 'Priority High', 'Status Open']);
});

test('a Contact subtab focused inside the case workspace still means that case', async () => {
  await salesforce.openContactSubtab('Grace Liu');
  expect(harness.helpdeskTab.url()).toContain('/lightning/r/Contact/');
  await harness.panel.waitForTicket('Salesforce Case 00104217');
  // Loaded directly, the Contact URL is read afresh: the case comes from its workspace (ws=).
  await harness.helpdeskTab.reload();
  await harness.panel.waitForHeading('Shipping delay for Mesh Extender order');
  expect(await harness.panel.reference()).toBe('Salesforce Case 00104217');
});

test('switching workspace tabs follows the focused case', async () => {
  await salesforce.goToList();
  await salesforce.openFromList('00104221');
  await harness.panel.waitForTicket('Salesforce Case 00104221');
  expect(await harness.panel.factLabels()).toEqual(['Phone', 'Priority Normal', 'Status New']);
  await salesforce.switchToWorkspace('00104217');
  await harness.panel.waitForTicket('Salesforce Case 00104217');
});

test('switching browser tabs between Salesforce and Zendesk follows the active tab', async () => {
  const zendeskTab = await harness.browser.context.newPage();
  const zendesk = await new ZendeskPage(zendeskTab).open();
  await zendesk.openFromView(4530);
  await harness.panel.waitForTicket('Zendesk #4530');
  expect(await harness.panel.factLabels()).toEqual(['Phone', 'Priority High', 'Status Open']);

  await harness.helpdeskTab.bringToFront();
  await harness.panel.waitForTicket('Salesforce Case 00104217');
  await zendeskTab.bringToFront();
  await harness.panel.waitForTicket('Zendesk #4530');

  await zendeskTab.close();
  await harness.panel.waitForTicket('Salesforce Case 00104217');
});
