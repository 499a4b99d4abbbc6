import { defineConfig } from 'wxt';
import { contentScriptMatches } from './lib/helpdesks/hosts';

// See research/toolchain.md: Preact JSX needs no Vite plugin, only esbuild's automatic runtime.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Touchpoint',
    description:
      'Customer history, knowledge, offers and response-standard countdowns beside Zendesk, Salesforce and Freshdesk.',
    // `scripting`: the page diagnostic is injected only when an agent asks for it, and declared
    // helpdesks get their content script registered once the team lead grants their origin.
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'scripting',
      ...(browser === 'chrome' ? ['sidePanel'] : []),
    ],
    // Chrome reads an administrator's pack policy against this schema (Firefox uses its policies.json).
    ...(browser === 'chrome' && { storage: { managed_schema: 'managed_schema.json' } }),
    action: { default_title: 'Open Touchpoint' },
    // Firefox 115 is the first with storage.session, where the background keeps its per-tab state.
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'touchpoint@touchpoint.dev', strict_min_version: '115.0' } },
    }),
    // Every built-in helpdesk's content script (entrypoints/<helpdesk>.content.ts) runs on these.
    host_permissions: [...contentScriptMatches],
    // A declared in-house helpdesk is asked for at run time, for its exact origin only
    // (lib/helpdesks/rules refuses patterns such as `*://*/*`); its content script is registered
    // then (entrypoints/declared-helpdesk.content.ts). MV2 (Firefox) has no
    // `optional_host_permissions`, and WXT drops it there: origins go in `optional_permissions`.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*'] }
      : { optional_permissions: ['https://*/*'] }),
  }),
});
