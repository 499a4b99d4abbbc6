import { defineContentScript } from '#imports';

import { runContentScript } from '../lib/content/run-content-script';
import { isBuiltInHelpdeskHost } from '../lib/helpdesks/hosts';
import { createPageReader } from '../lib/helpdesks/page-reader';
import { declaredAdaptersOf } from '../lib/helpdesks/rules/declared-adapter';

/**
 * Reads the ticket on an in-house helpdesk a pack declares. Not in the manifest: the background
 * registers it for the origins the agent granted, and only those (lib/hub/helpdesk-rules-service.ts).
 * It carries no built-in adapter and applies no selector overrides (those are for built-ins only).
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    // The pack schema refuses declaring a built-in helpdesk's host; were one let through, that
    // helpdesk's own script reads the page, and this one stays out of its way.
    if (isBuiltInHelpdeskHost(location.hostname)) return;
    return runContentScript(ctx, createPageReader(declaredAdaptersOf));
  },
});
