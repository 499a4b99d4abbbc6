import { afterAll, beforeAll, expect, test } from 'vitest';

import { createPackHost, demoPackFiles } from '../../scripts/demo/pack-host';
import { RENAMED_PRIORITY_SWITCH } from '../../scripts/demo/zendesk/ticket-workspace';
import {
  builtDemoPack,
  checkPacksNowOnOptions,
  demoPackPath,
  demoPrivateKey,
  demoPublicKey,
  type Harness,
  publishSignedPack,
  startHarness,
  subscribeToPacks,
} from './harness';
import { ZendeskPage } from './pages/zendesk-page';

/**
 * Zendesk ships a layout whose priority field carries a new test id: the built-in adapter stops
 * reading the priority. The team lead publishes a pack update with a selector override, and the
 * agent's open Zendesk tab reads the priority again, without a reload and without a new release.
 */

const packHost = createPackHost(demoPackFiles('.'));
let harness: Harness;
let zendesk: ZendeskPage;

async function factsOfPanel(): Promise<string[]> {
  return harness.panel.factLabels();
}

beforeAll(async () => {
  harness = await startHarness({ routes: [packHost.route] });
  await subscribeToPacks(harness, { packUrls: [packHost.urlOf(demoPackPath)], trustedKeys: [demoPublicKey] });
  zendesk = await new ZendeskPage(harness.helpdeskTab).open();
  await zendesk.page.evaluate((key) => localStorage.setItem(key, 'on'), RENAMED_PRIORITY_SWITCH);
  await zendesk.open();
  await zendesk.openFromView(4512);
  await harness.panel.waitForTicket('Zendesk #4512');
});

afterAll(() => harness?.close());

test('on the renamed layout the built-in adapter reads no priority, and the panel offers a page report', async () => {
  await harness.panel.waitForFooter(`Packs: Northwind Support v${builtDemoPack.version}`);
  expect(await factsOfPanel()).toEqual(['Email', 'Status Open']);
  await harness.panel.page.getByRole('button', { name: 'Report this page' }).waitFor();
});

test('a pack update with a selector override fixes the priority on the open page, without a reload', async () => {
  // Lives in the page's own window until the page is reloaded.
  await zendesk.page.evaluate(() => Object.assign(window, { touchpointTestNotReloaded: true }));
  const next = {
    ...builtDemoPack,
    version: builtDemoPack.version + 1,
    helpdeskOverrides: [
      {
        helpdesk: 'zendesk',
        fields: {
          priority: {
            selector:
              '[data-test-id="ticket-fields-priority-dropdown"] [data-garden-id="dropdowns.combobox.value"]',
            values: { Low: 'low', Normal: 'normal', High: 'high', Urgent: 'urgent' },
          },
        },
      },
    ],
  };
  await publishSignedPack(packHost, demoPackPath, next, demoPrivateKey);
  const options = await checkPacksNowOnOptions(harness, `Northwind Support v${next.version}`);
  await options
    .getByText('Zendesk: priority read with the override from Northwind Support')
    .waitFor({ timeout: 5_000 });
  await options.close();
  await harness.helpdeskTab.bringToFront();

  await harness.panel.page.waitForFunction(
    () => [...document.querySelectorAll('.ticket-facts li')].some((li) => li.textContent === 'Priority High'),
    undefined,
    { timeout: 10_000 },
  );
  expect(await factsOfPanel()).toEqual(['Email', 'Priority High', 'Status Open']);
  await harness.panel.page.getByText(/Priority read with an override from Northwind Support/).waitFor();
  expect(await zendesk.page.evaluate(() => 'touchpointTestNotReloaded' in window)).toBe(true);
});
