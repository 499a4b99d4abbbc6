import { defineUnlistedScript } from '#imports';

import { browser } from '../lib/browser';
import { buildPageReport } from '../lib/diagnostics/build-report';
import { extractContextFor } from '../lib/helpdesks/extract-context';
import { helpdeskClockItem } from '../lib/settings/helpdesk-clock';
import { helpdeskRulesItem } from '../lib/settings/helpdesk-rules';

/**
 * "Report this page" (issue #8): injected into a helpdesk tab only when the agent asks
 * (lib/hub/page-report-service.ts), never declared as a content script. Reads the page as the
 * content script does (same clock settings, same pack rules) and returns the redacted page
 * report as the script's result; it sends nothing and stores nothing.
 */
export default defineUnlistedScript(async () => {
  try {
    const [clock, rules] = await Promise.all([helpdeskClockItem.get(), helpdeskRulesItem.get()]);
    return buildPageReport(document, location.href, extractContextFor(clock), rules, {
      now: new Date(),
      extensionVersion: browser.runtime.getManifest().version,
    });
  } catch (error) {
    return { error: String(error).slice(0, 200) };
  }
});
