import { afterAll, beforeAll, expect, test } from 'vitest';

import { startHarness, stopServiceWorker, type Harness } from './harness';
import { ZendeskPage } from './pages/zendesk-page';

let harness: Harness;
let zendesk: ZendeskPage;

beforeAll(async () => {
  harness = await startHarness();
  zendesk = new ZendeskPage(harness.helpdeskTab);
});

afterAll(() => harness?.close());

test('with no helpdesk in the window the panel says what to do', async () => {
  await harness.panel.waitForHeading('Open a ticket in Zendesk, Salesforce or Freshdesk');
});

test('a Zendesk view is a helpdesk page without a ticket', async () => {
  await zendesk.open();
  await harness.panel.waitForHeading('No ticket open in this Zendesk tab');
});

test('opening a ticket from the view shows it, read by the loaded extension', async () => {
  await zendesk.openFromView(4512);
  await harness.panel.waitForTicket('Zendesk #4512');
  expect(await harness.panel.heading()).toBe('Refund for double charge on November invoice');
  expect(await harness.panel.requester()).toContain('Maya Okafor');
  expect(await harness.panel.requester()).toContain('maya.okafor@example.com');
  expect(await harness.panel.factLabels()).toEqual(['Email', 'Priority High', 'Status Open']);
});

test('a second ticket opened from the view replaces it, and tab clicks switch back and forth', async () => {
  await zendesk.goToView();
  await harness.panel.waitForHeading('No ticket open in this Zendesk tab');
  await zendesk.openFromView(4519);
  await harness.panel.waitForTicket('Zendesk #4519');
  expect(await harness.panel.heading()).toBe('Router keeps dropping Wi-Fi every evening');
  expect(await harness.panel.factLabels()).toEqual(['Messaging', 'Priority Normal', 'Status Open']);

  await zendesk.switchToTab(4512);
  await harness.panel.waitForTicket('Zendesk #4512');
  await zendesk.switchToTab(4519);
  await harness.panel.waitForTicket('Zendesk #4519');
});

test('the back button is followed too', async () => {
  await harness.helpdeskTab.goBack();
  await harness.panel.waitForTicket('Zendesk #4512');
});

test('closing the active tab shows its neighbour', async () => {
  await zendesk.switchToTab(4519);
  await harness.panel.waitForTicket('Zendesk #4519');
  await zendesk.closeTab(4519);
  await harness.panel.waitForTicket('Zendesk #4512');
});

test('a page reload reads the ticket again', async () => {
  await harness.helpdeskTab.reload();
  await harness.panel.waitForTicket('Zendesk #4512');
});

test('the panel still follows after the service worker was stopped', async () => {
  await stopServiceWorker(harness);
  await zendesk.goToView();
  await zendesk.openFromView(4527);
  await harness.panel.waitForTicket('Zendesk #4527');
  expect(await harness.panel.factLabels()).toEqual(['Email', 'Priority Urgent', 'Status New']);
});

test('leaving the helpdesk clears the panel', async () => {
  await harness.helpdeskTab.goto('about:blank');
  await harness.panel.waitForHeading('Open a ticket in Zendesk, Salesforce or Freshdesk');
});
