import type { Page } from 'playwright-core';

import { startDemoServer, type DemoRoute, type DemoServer } from '../../scripts/demo/server';
import { launchWithExtension, openPanelFor, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { PanelPage } from './pages/panel-page';

export interface Harness {
  server: DemoServer;
  browser: ExtensionBrowser;
  /** The first tab of the browser window the panel follows. */
  helpdeskTab: Page;
  panel: PanelPage;
  close(): Promise<void>;
}

/**
 * The demo helpdesk and Chromium with the built extension, with the panel popped out beside the
 * helpdesk window. Each test file gets its own browser profile.
 */
export async function startHarness(options: { routes?: DemoRoute[] } = {}): Promise<Harness> {
  const server = await startDemoServer(options);
  const browser = await launchWithExtension({ headless: true, extraArgs: server.chromiumArgs });
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
 * stopped (Playwright reports no event for that; the DevTools protocol does).
 */
export async function stopServiceWorker(harness: Harness): Promise<void> {
  const session = await harness.browser.context.newCDPSession(harness.panel.page);
  const stopped = new Promise<void>((resolve) => {
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
    });
  });
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await session.detach();
}
