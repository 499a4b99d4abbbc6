import { browser as wxtBrowser } from 'wxt/browser';
import type { Browser } from 'webextension-polyfill';

/**
 * The extension API, typed as webextension-polyfill's promise-based `Browser`. At run time
 * `wxt/browser` IS the polyfill (the `@wxt-dev/webextension-polyfill` module aliases it), but
 * WXT types it from Chrome's API, which lacks Firefox's `sidebarAction`. Tests get WXT's
 * in-memory fake through the same import.
 */
export const browser = wxtBrowser as unknown as Browser;
