import type { PageReading } from '../ticket/page-reading';
import type { ExtractContext } from './adapter';
import type { PageReader } from './page-reader';
import type { HelpdeskRules } from './rules/helpdesk-rules';

export interface PageWatcherOptions {
  /** Reads the page with the adapters of the helpdesks this script serves. */
  reader: PageReader;
  doc: Document;
  /** The page's current URL; read on every look so SPA navigation is seen. */
  currentUrl: () => string;
  context: () => ExtractContext;
  /** The active packs' selector overrides and declared helpdesks. */
  rules: () => HelpdeskRules;
  /** Called with each reading that differs from the last one sent. */
  report: (reading: PageReading) => void;
  /** Ends every observer and timer the watcher made. */
  signal: AbortSignal;
  /** Quiet time after the last DOM change before reading again. */
  debounceMs?: number;
  /** Upper bound on how long a stream of DOM changes can delay a reading. */
  maxWaitMs?: number;
}

/**
 * Watches a helpdesk page and reports what it shows whenever that changes: on start, on URL
 * changes (call `urlChanged`) and on DOM changes, debounced so a busy page (typing indicators,
 * live timestamps) costs at most one reading per quiet period. Construction does nothing; `start`
 * and `stop` are idempotent (style.md, practice 8).
 */
export function createPageWatcher(options: PageWatcherOptions) {
  const { reader, doc, debounceMs = 20, maxWaitMs = 100 } = options;
  let observer: MutationObserver | undefined;
  let observedRoot: Node | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;
  let lastSent: string | undefined;

  function look(): void {
    clearTimeout(timer);
    timer = undefined;
    firstPendingAt = undefined;
    const url = options.currentUrl();
    const reading = reader.readPage(doc, url, options.context(), options.rules());
    if (reading) {
      const key = JSON.stringify(reading);
      if (key !== lastSent) {
        lastSent = key;
        options.report(reading);
      }
    }
    observeRootOf(url);
  }

  function schedule(): void {
    if (options.signal.aborted) return;
    const now = Date.now();
    firstPendingAt ??= now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(look, wait);
  }

  /** Re-targets the observer when the adapter's root appears or is replaced (SPA re-renders). */
  function observeRootOf(url: string): void {
    const root = reader.helpdeskFor(url, options.rules())?.observedRoot(doc) ?? doc.body;
    if (!observer || root === observedRoot || !root) return;
    observer.disconnect();
    observedRoot = root;
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  }

  return {
    start(): void {
      if (observer || options.signal.aborted) return;
      observer = new MutationObserver(schedule);
      options.signal.addEventListener('abort', () => this.stop(), { once: true });
      look();
    },
    stop(): void {
      observer?.disconnect();
      observer = undefined;
      observedRoot = null;
      clearTimeout(timer);
    },
    /** The page navigated without a reload; read soon, whatever the DOM does. */
    urlChanged(): void {
      schedule();
    },
    /** Forget what was sent, so the next reading is reported even if unchanged (after a worker restart). */
    resend(): void {
      lastSent = undefined;
      schedule();
    },
  };
}
