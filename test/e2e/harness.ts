import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';

import { signPack } from '../../lib/packs/signature';
import { startDemoServer, type DemoRoute, type DemoServer } from '../../scripts/demo/server';
import {
  builtExtensionDir,
  launchWithExtension,
  openPanelFor,
  type ExtensionBrowser,
} from '../../scripts/lib/chromium';
import { PanelPage } from './pages/panel-page';

/** The demo pack's key pair: the public key the extension trusts, the private one a team lead signs with. */
export const demoPublicKey = readFileSync('packs/northwind-support/demo-public-key.txt', 'utf8').trim();
export const demoPrivateKey = readFileSync('packs/northwind-support/demo-signing-key.private', 'utf8').trim();
/** Where the demo pack host serves the demo pack, and the pack as built (the tests publish newer versions). */
export const demoPackPath = '/northwind-support.json';
export const builtDemoPackFile = 'public/packs/northwind-support.json';
export const builtDemoPack = JSON.parse(readFileSync(builtDemoPackFile, 'utf8')) as Record<
  string,
  unknown
> & {
  version: number;
  snippets: { title: string }[];
};

export interface Harness {
  server: DemoServer;
  browser: ExtensionBrowser;
  /** The first tab of the browser window the panel follows. */
  helpdeskTab: Page;
  panel: PanelPage;
  close(): Promise<void>;
}

/**
 * A copy of the built extension whose manifest lists `origins` among its host permissions, so
 * Chromium grants them at install. An optional permission is granted only through Chromium's
 * prompt, which nothing can answer in a headless browser (Playwright declines to drive it:
 * microsoft/playwright#32755); granted ahead, `permissions.contains` and `permissions.request`
 * answer yes without one. Everything but that manifest entry is the build under test.
 */
function builtExtensionGranting(origins: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'touchpoint-extension-'));
  cpSync(builtExtensionDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * The demo helpdesk and Chromium with the built extension, with the panel popped out beside the
 * helpdesk window. Each test file gets its own browser profile. `hosts` are sent to the demo
 * server for `routes` to answer; `grantedOrigins` are allowed ahead, as an agent would on the
 * options page.
 */
export async function startHarness(
  options: { routes?: DemoRoute[]; hosts?: string[]; grantedOrigins?: string[] } = {},
): Promise<Harness> {
  const server = await startDemoServer(options);
  const browser = await launchWithExtension({
    headless: true,
    extraArgs: server.chromiumArgs,
    extensionDir: options.grantedOrigins ? builtExtensionGranting(options.grantedOrigins) : undefined,
  });
  const helpdeskTab = browser.context.pages()[0] ?? (await browser.context.newPage());
  await helpdeskTab.goto('about:blank');
  const panel = new PanelPage(await openPanelFor(browser, helpdeskTab));
  return {
    server,
    browser,
    helpdeskTab,
    panel,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Stops the extension's service worker as Chromium does when it is idle, and waits until it has
 * stopped (Playwright reports no event for that; the DevTools protocol does). `restarted`
 * resolves when something (an alarm, a message) starts it again.
 */
export async function stopServiceWorker(harness: Harness): Promise<{ restarted: Promise<void> }> {
  const session = await harness.browser.context.newCDPSession(harness.panel.page);
  let stoppedOnce = false;
  let markStopped: () => void = () => undefined;
  let markRestarted: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  const restarted = new Promise<void>((resolve) => (markRestarted = resolve));
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.runningStatus === 'stopped') {
        stoppedOnce = true;
        markStopped();
      } else if (stoppedOnce && version.runningStatus === 'running') {
        markRestarted();
        void session.detach().catch(() => undefined);
      }
    }
  });
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await stopped;
  return { restarted };
}

/**
 * Points the extension at pack URLs with trusted keys, as a team lead does on the options page,
 * and waits until every pack is installed (the background syncs when the settings change).
 */
export async function subscribeToPacks(
  harness: Harness,
  settings: { packUrls: string[]; trustedKeys: string[] },
): Promise<void> {
  const worker = await harness.browser.worker();
  await worker.evaluate(async (packSettings) => {
    const api = (globalThis as unknown as { chrome: Browser }).chrome;
    await api.storage.local.set({ packSettings: { ...packSettings, pollMinutes: 15 } });
  }, settings);
  await waitForInstalledPacks(harness, settings.packUrls.length);
}

/** Waits until at least `count` packs are installed in the extension's storage. */
export async function waitForInstalledPacks(
  harness: Harness,
  count: number,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const worker = await harness.browser.worker();
  for (;;) {
    const installed = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Browser }).chrome;
      const { installedPacks } = await api.storage.local.get('installedPacks');
      return Object.keys((installedPacks as Record<string, unknown> | undefined) ?? {}).length;
    });
    if (installed >= count) return;
    if (Date.now() > deadline) throw new Error(`Only ${installed} of ${count} packs were installed`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Publishes a pack version on the pack host with its detached signature, as a team lead does. */
export async function publishSignedPack(
  host: { publish(path: string, bytes: Uint8Array | string): void },
  path: string,
  pack: object,
  privateKey: string,
): Promise<void> {
  const bytes = new TextEncoder().encode(JSON.stringify(pack, null, 2));
  host.publish(path, bytes);
  host.publish(`${path}.sig`, await signPack(bytes, privateKey));
}

/**
 * Presses "Check now" on the options page and waits until its status names `outcome`; returns
 * the options page (still open) for more checks. The caller closes it.
 */
export async function checkPacksNowOnOptions(harness: Harness, outcome: string): Promise<Page> {
  const options = await harness.browser.context.newPage();
  await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Check now' }).click();
  await options.getByRole('status').filter({ hasText: outcome }).waitFor();
  return options;
}
