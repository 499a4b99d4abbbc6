import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'webextension-polyfill';

import { createPackHost } from '../../scripts/demo/pack-host';
import type { DemoRoute } from '../../scripts/demo/server';
import { makePackInput } from '../builders/pack';
import { startHarness, stopServiceWorker, subscribeToPacks, type Harness } from './harness';
import { ZendeskPage } from './pages/zendesk-page';

/**
 * A team standard with a one-minute callback target (warning 30 s before) on the demo's phone
 * ticket. Its page carries no creation time, so the background reads it from Zendesk's API, where
 * the drill's caller phoned just as the test opens the ticket: the countdown is exact, not
 * approximate. The panel turns to "Due soon" and then "Breached" at those seconds, the toolbar
 * badge follows, and the breach is notified by an alarm that wakes a stopped service worker.
 * Real time: about 70 seconds.
 */
const pack = makePackInput({
  id: 'callback-drill',
  name: 'Callback drill',
  version: 1,
  snippets: [],
  offers: [],
  standards: [
    {
      id: 'callback-one-minute',
      name: 'Callback within a minute',
      charter: 'Phone callers get a call back within a minute during the drill.',
      kind: 'rigid',
      when: { all: [{ field: 'ticket.channel', op: 'is', value: 'phone' }] },
      targets: [{ metric: 'callback', within: 1, warnBefore: 0.5 }],
    },
  ],
});
const packHost = createPackHost({ '/callback-drill.json': JSON.stringify(pack) });
let harness: Harness;
/** When the drill's caller phoned, to the second as Zendesk's API gives it: ticket #4530's created_at. */
let calledAt: number;
const drillRequests: string[] = [];

/** Zendesk's API for ticket #4530 during the drill; every other request goes to the demo's mock API. */
const drillTicketApi: DemoRoute = (request, response) => {
  const path = new URL(request.url ?? '/', 'https://northwind.zendesk.com').pathname;
  const json = (body: unknown) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    return true;
  };
  if (!path.startsWith('/api/v2/tickets/4530')) return false;
  drillRequests.push(path);
  const createdAt = new Date(calledAt).toISOString();
  const maya = 39920145;
  if (path === '/api/v2/tickets/4530.json') {
    return json({
      ticket: {
        id: 4530,
        subject: 'Callback: refund still not received',
        status: 'open',
        priority: 'high',
        requester_id: maya,
        tags: ['billing', 'refund', 'callback'],
        via: { channel: 'voice' },
        created_at: createdAt,
        updated_at: createdAt,
      },
    });
  }
  if (path === '/api/v2/tickets/4530/comments.json') {
    return json({
      comments: [
        {
          id: 453000,
          type: 'VoiceComment',
          author_id: maya,
          public: true,
          created_at: createdAt,
          via: { channel: 'voice' },
        },
      ],
      users: [{ id: maya, name: 'Maya Okafor', role: 'end-user' }],
      next_page: null,
    });
  }
  return false;
};

async function inWorker<T>(run: (api: Browser) => Promise<T>): Promise<T> {
  const worker = await harness.browser.worker();
  return worker.evaluate(`(${run.toString()})(globalThis.chrome)`) as Promise<T>;
}

beforeAll(async () => {
  harness = await startHarness({ routes: [packHost.route, drillTicketApi] });
  await subscribeToPacks(harness, { packUrls: [packHost.urlOf('/callback-drill.json')], trustedKeys: [] });
  const zendesk = await new ZendeskPage(harness.helpdeskTab).open();
  calledAt = Math.floor(Date.now() / 1000) * 1000;
  await zendesk.openFromView(4530);
  await harness.panel.waitForTicket('Zendesk #4530');
}, 60_000);

afterAll(() => harness?.close());

function stateText() {
  return harness.panel.page.locator('.countdown .countdown-state').first().innerText();
}

async function waitForState(text: RegExp, timeout: number): Promise<number> {
  await harness.panel.page
    .locator('.countdown .countdown-state', { hasText: text })
    .first()
    .waitFor({ timeout });
  return Date.now() - calledAt;
}

test("the countdown shows on track, timed exactly from Zendesk's API, with the standard named", async () => {
  const countdowns = harness.panel.page.getByRole('region', { name: 'Response standards' });
  await countdowns.getByText('Callback within a minute').waitFor();
  expect(await stateText()).toBe('On track');
  // Until the API has answered, the countdown runs from when Touchpoint first saw the ticket, and says so.
  await expect.poll(() => countdowns.innerText(), { timeout: 10_000 }).not.toMatch(/Approximate/i);
  // The ticket and its comments for the countdown, and the ticket once more for the customer history.
  expect(drillRequests).toContain('/api/v2/tickets/4530/comments.json');
  expect(drillRequests.length).toBeLessThanOrEqual(3);
  const badge = await inWorker((api) => api.action.getBadgeText({}));
  expect(badge).toMatch(/^(<1m|1m)$/);
  await harness.panel.page
    .locator('.deadline-queue summary', { hasText: 'Queue: 1 open ticket by due time' })
    .waitFor();
});

test('it turns to "Due soon" 30 s after the call, and the badge follows', async () => {
  const at = await waitForState(/Due soon/, 45_000);
  expect(at).toBeGreaterThanOrEqual(29_000);
  expect(at).toBeLessThan(33_000);
  const colour = await inWorker((api) => api.action.getBadgeBackgroundColor({}));
  expect(colour.slice(0, 3)).not.toEqual([0, 0, 0]);
}, 60_000);

test('with the service worker stopped, the breach at 60 s still raises a notification and the badge turns negative', async () => {
  // Nothing here touches the worker until an alarm has started it again by itself.
  const { restarted } = await stopServiceWorker(harness);
  const at = await waitForState(/Breached/, 45_000);
  expect(at).toBeGreaterThanOrEqual(59_000);
  expect(at).toBeLessThan(63_000);
  await restarted;
  const deadline = Date.now() + 15_000;
  let titles: string[] = [];
  while (Date.now() < deadline) {
    titles = await inWorker(async (api) => {
      const all = await api.notifications.getAll();
      return Object.keys(all);
    });
    if (titles.some((id) => /breached/i.test(id))) break;
    await harness.panel.page.waitForTimeout(250);
  }
  expect(titles.some((id) => /breached/i.test(id))).toBe(true);
  expect(await inWorker((api) => api.action.getBadgeText({}))).toMatch(/^-\d+m$/);
}, 80_000);
