import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, expect, test } from 'vitest';

import { createPackHost, demoPackFiles } from '../../scripts/demo/pack-host';
import type { DemoRoute } from '../../scripts/demo/server';
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

/**
 * A team's in-house helpdesk, Acme Desk, that Touchpoint has no adapter for. The team lead
 * declares it in a pack update; the agent's open Acme Desk tab is then read like a built-in
 * helpdesk, without a reload and without a new release. The agent's permission for the one origin
 * is granted ahead (see `startHarness`): Chromium's prompt cannot be answered headless.
 */
const acmeHost = 'desk.acme.example';
const acmeTicketUrl = `https://${acmeHost}/tickets/8812`;
const acmeDeskPage = readFileSync('test/fixtures/in-house/acme-desk-ticket.html', 'utf8');
const acmeDesk: DemoRoute = (request, response) => {
  if (request.headers.host?.replace(/:\d+$/, '') !== acmeHost) return false;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(acmeDeskPage);
  return true;
};
const { declaredHelpdesks } = JSON.parse(readFileSync('test/fixtures/packs/acme-desk.pack.json', 'utf8')) as {
  declaredHelpdesks: unknown[];
};

const packHost = createPackHost(demoPackFiles('.'));
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({
    routes: [packHost.route, acmeDesk],
    hosts: [acmeHost],
    grantedOrigins: [`https://${acmeHost}/*`],
  });
  await subscribeToPacks(harness, { packUrls: [packHost.urlOf(demoPackPath)], trustedKeys: [demoPublicKey] });
  await harness.helpdeskTab.goto(acmeTicketUrl);
});

afterAll(() => harness?.close());

test('before any pack declares it, Acme Desk is not a helpdesk to the panel', async () => {
  await harness.panel.waitForHeading('Open a ticket in Zendesk, Salesforce or Freshdesk');
});

test('a pack update declaring Acme Desk makes the open tab a ticket in the panel, without a reload', async () => {
  await harness.helpdeskTab.evaluate(() => Object.assign(window, { touchpointTestNotReloaded: true }));
  const next = { ...builtDemoPack, version: builtDemoPack.version + 1, declaredHelpdesks };
  await publishSignedPack(packHost, demoPackPath, next, demoPrivateKey);
  const options = await checkPacksNowOnOptions(harness, `Northwind Support v${next.version}`);
  await options
    .locator('.declared-helpdesks li', { hasText: 'Acme Desk (declared by Northwind Support)' })
    .filter({ hasText: 'allowed' })
    .waitFor({ timeout: 5_000 });
  await options.close();
  await harness.helpdeskTab.bringToFront();

  await harness.panel.waitForTicket('Acme Desk #8812', 10_000);
  expect(await harness.panel.heading()).toBe('Tent pole snapped on first use – replacement needed');
  expect(await harness.panel.factLabels()).toEqual(['Email', 'Priority High', 'Status Open']);
  expect(await harness.panel.requester()).toContain('Lena Vogel');
  expect(await harness.helpdeskTab.evaluate(() => 'touchpointTestNotReloaded' in window)).toBe(true);
});

test('a snippet is inserted into the Acme Desk reply box of the ticket shown', async () => {
  const [title] = await harness.panel.snippetTitles();
  expect(title).toBeTruthy();
  await harness.panel.insertSnippet(title!, 'Lena');
  await harness.panel.page.locator('.insert-status', { hasText: 'Inserted into the reply.' }).waitFor();
  const replies = await harness.helpdeskTab.evaluate(() =>
    [...document.querySelectorAll<HTMLTextAreaElement>('textarea.reply-editor')].map((box) => box.value),
  );
  expect(replies[0]).toBe('');
  expect(replies[1]?.length).toBeGreaterThan(20);
});
