import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, expect, test } from 'vitest';

import { createPackHost, demoPackFiles } from '../../scripts/demo/pack-host';
import {
  builtDemoPack,
  builtDemoPackFile,
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
 * A team lead publishes the signed demo pack on a static host; the extension installs it, the
 * panel suggests its snippets for the ticket, Insert puts one into the Zendesk composer, and a
 * newer signed version reaches the open panel without a reload, while a tampered one is refused.
 */
const builtVersion = builtDemoPack.version;
const nextVersion = builtVersion + 1;

const packHost = createPackHost(demoPackFiles('.'));
let harness: Harness;
let zendesk: ZendeskPage;
let firstTitle: string;

beforeAll(async () => {
  harness = await startHarness({ routes: [packHost.route] });
  await subscribeToPacks(harness, { packUrls: [packHost.urlOf(demoPackPath)], trustedKeys: [demoPublicKey] });
  zendesk = await new ZendeskPage(harness.helpdeskTab).open();
  await zendesk.openFromView(4512);
  await harness.panel.waitForTicket('Zendesk #4512');
});

afterAll(() => harness?.close());

test('the signed pack is installed and its snippets fit the ticket without a click', async () => {
  await harness.panel.waitForFooter(`Packs: Northwind Support v${builtVersion}`);
  const titles = await harness.panel.snippetTitles();
  expect(titles.length).toBeGreaterThan(0);
  firstTitle = titles[0]!;
  expect(titles.join(' | ')).toMatch(/refund|charge|invoice/i);
});

test('Insert puts the snippet, placeholders filled, into the reply composer of the ticket on screen', async () => {
  await harness.panel.insertSnippet(firstTitle, 'Sam Patel');
  await harness.panel.page.locator('.insert-status', { hasText: 'Inserted into the reply.' }).waitFor();
  const composer = zendesk.page.locator(
    '[data-test-id="ticket-4512-standard-layout"] [data-test-id="omnicomposer-rich-text-ckeditor"]',
  );
  const inserted = await composer.innerText();
  expect(inserted.length).toBeGreaterThan(20);
  expect(inserted).not.toContain('{{');
});

test('a newer signed version reaches the open panel without a reload', async () => {
  const index = builtDemoPack.snippets.findIndex((snippet) => snippet.title === firstTitle);
  const next = structuredClone(builtDemoPack);
  next.version = nextVersion;
  next.snippets[index]!.title = `${firstTitle} (revised)`;
  await publishSignedPack(packHost, demoPackPath, next, demoPrivateKey);
  const options = await checkPacksNowOnOptions(
    harness,
    `Northwind Support v${nextVersion}: 1 snippet updated`,
  );
  await options.close();
  await harness.helpdeskTab.bringToFront();

  await harness.panel.waitForSnippet(`${firstTitle} (revised)`);
  await harness.panel.waitForFooter(`Northwind Support v${nextVersion}: 1 snippet updated`);
});

test('a tampered update is refused with the reason, and the last good pack stays', async () => {
  const good = readFileSync(builtDemoPackFile);
  const tampered = new TextEncoder().encode(
    good.toString('utf8').replace(`"version": ${builtVersion}`, '"version": 99'),
  );
  packHost.publish(demoPackPath, tampered);
  const worker = await harness.browser.worker();
  await worker.evaluate(() => {
    // The same path the alarm takes: the background's own sync.
    void (
      globalThis as unknown as { chrome: { alarms: { create(name: string, info: object): void } } }
    ).chrome.alarms.create('touchpoint-pack-sync', { when: Date.now() });
  });
  await harness.panel.waitForFooter(`Update failed for Northwind Support v${nextVersion}: signature refused`);
  expect(await harness.panel.footer()).toContain(`Still using Northwind Support v${nextVersion}`);
  await harness.panel.waitForSnippet(`${firstTitle} (revised)`);
});
