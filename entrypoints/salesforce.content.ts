import { defineContentScript } from '#imports';

import { runContentScript } from '../lib/content/run-content-script';
import { contentScriptMatchesOf } from '../lib/helpdesks/hosts';
import { createPageReader } from '../lib/helpdesks/page-reader';
import { applyOverrides } from '../lib/helpdesks/rules/apply-rules';
import { salesforce } from '../lib/helpdesks/salesforce';

/** Reads the Salesforce Case the agent is looking at; carries no other helpdesk's code. */
export default defineContentScript({
  matches: contentScriptMatchesOf('salesforce'),
  runAt: 'document_idle',
  main: (ctx) =>
    runContentScript(
      ctx,
      createPageReader(() => [salesforce], applyOverrides),
    ),
});
