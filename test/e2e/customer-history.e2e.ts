import { afterAll, beforeAll, expect, test } from 'vitest';

import { startHarness, type Harness } from './harness';
import { SalesforcePage } from './pages/salesforce-page';
import { ZendeskPage } from './pages/zendesk-page';

/**
 * Maya Okafor writes by email (Zendesk #4512), then calls (Zendesk #4530), and also has a
 * Salesforce case: the agent on the call sees the email ticket with a continuation banner, and
 * the history follows her across helpdesks.
 */
let harness: Harness;
let zendesk: ZendeskPage;

beforeAll(async () => {
  harness = await startHarness();
  zendesk = await new ZendeskPage(harness.helpdeskTab).open();
});

afterAll(() => harness?.close());

test('a customer with no other ticket has no earlier contacts', async () => {
  await zendesk.openFromView(4498);
  await harness.panel.waitForTicket('Zendesk #4498');
  await harness.panel.page
    .getByRole('region', { name: 'Customer history' })
    .getByText('No earlier contacts with this customer are recorded in this browser yet')
    .waitFor();
});

test("Maya's earlier tickets come from Zendesk's own API, politely", async () => {
  await zendesk.goToView();
  await zendesk.openFromView(4512);
  await harness.panel.waitForTicket('Zendesk #4512');
  const history = harness.panel.page.getByRole('region', { name: 'Customer history' });
  await history.getByText('Router X2 setup: Wi-Fi name and password').waitFor();
  await history.getByText('Invoice shows the wrong billing address').waitFor();
  expect(await history.innerText()).toMatch(/Chat/);
  // One ticket read and two pages of her requested tickets: three requests for this ticket.
  const forThisTicket = harness.server.zendeskApiRequests.filter(
    (path) => path.startsWith('/api/v2/tickets/4512') || path.startsWith('/api/v2/users/39920145/'),
  );
  expect(forThisTicket.length).toBeLessThanOrEqual(3);
});

test('on her phone ticket the panel shows the email ticket, with the continuation banner', async () => {
  await zendesk.goToView();
  await zendesk.openFromView(4530);
  await harness.panel.waitForTicket('Zendesk #4530');
  const banner = harness.panel.page.getByRole('complementary', { name: 'Continues a recent conversation' });
  await banner.waitFor();
  expect(await banner.innerText()).toMatch(/refund[\s\S]*Zendesk #4512/);
  const history = harness.panel.page.getByRole('region', { name: 'Customer history' });
  await history.getByText('Refund for double charge on November invoice').waitFor();
  expect(await history.innerText()).toMatch(/Email/);
});

test('her Salesforce case, seen later, lists both Zendesk tickets', async () => {
  const salesforce = await new SalesforcePage(harness.helpdeskTab).open();
  await salesforce.openFromList('00104225');
  await harness.panel.waitForTicket('Salesforce Case 00104225');
  const history = harness.panel.page.getByRole('region', { name: 'Customer history' });
  await history.getByText('Callback: refund still not received').waitFor();
  expect(await history.innerText()).toContain('Refund for double charge on November invoice');
});
