import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';

/** Debian's Chromium: the only browser Touchpoint's tests and demo drive (never a downloaded one). */
export const chromiumPath = '/usr/bin/chromium';
export const builtExtensionDir = resolve('.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, for reading and driving extension APIs from tests. */
  worker: () => Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension loaded, in a fresh profile. Flags are the ones proven on
 * these machines (research/toolchain.md); without `--disable-extensions-except` Playwright's own
 * `--disable-extensions` wins and no service worker starts.
 */
export async function launchWithExtension(options: {
  headless: boolean;
  extraArgs?: string[];
  extensionDir?: string;
}): Promise<ExtensionBrowser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}. Install Debian's package: apt-get install -y chromium`,
    );
  }
  const extensionDir = options.extensionDir ?? builtExtensionDir;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run: npm run build`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'touchpoint-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: options.headless,
    viewport: null,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--window-size=1280,860',
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/**
 * The browser window id of a page's tab, read through the extension: by URL where our host
 * access lets it read one, else the only normal window there is (a blank tab's URL is hidden).
 */
export async function windowIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const worker = await browser.worker();
  const windowId = await worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: Browser }).chrome;
    const byUrl = (await api.tabs.query({})).find((tab) => tab.url === url)?.windowId;
    if (byUrl !== undefined) return byUrl;
    const windows = await api.windows.getAll({ windowTypes: ['normal'] });
    return windows.length === 1 ? windows[0]?.id : undefined;
  }, page.url());
  if (windowId === undefined) throw new Error(`No browser window found for ${page.url()}`);
  return windowId;
}

/**
 * Opens the side panel's page in a window of its own that follows `page`'s window (the panel's
 * pop-out mode), so it stays visible while the helpdesk tab is active.
 */
export async function openPanelFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const windowId = await windowIdOf(browser, page);
  const worker = await browser.worker();
  const opened = browser.context.waitForEvent('page', (candidate) =>
    candidate.url().includes('/sidepanel.html'),
  );
  await worker.evaluate((id) => {
    const api = (globalThis as unknown as { chrome: Browser }).chrome;
    const url = api.runtime.getURL(`/sidepanel.html?window=${id}`);
    void api.windows.create({ url, type: 'popup', width: 420, height: 820 });
  }, windowId);
  const panel = await opened;
  await panel.waitForLoadState('domcontentloaded');
  return panel;
}
