import { defineConfig } from 'wxt';
import { contentScriptMatches } from './lib/helpdesks/hosts';

// See research/toolchain.md: Preact JSX needs no Vite plugin, only esbuild's automatic runtime.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: ({ browser }) => ({
    name: 'Touchpoint',
    description:
      'Customer history, knowledge, offers and response-standard countdowns beside Zendesk, Salesforce and Freshdesk.',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    // Chrome reads an administrator's pack policy against this schema (Firefox uses its policies.json).
    ...(browser === 'chrome' && { storage: { managed_schema: 'managed_schema.json' } }),
    action: { default_title: 'Open Touchpoint' },
    // Firefox 115 is the first with storage.session, where the background keeps its per-tab state.
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'touchpoint@touchpoint.dev', strict_min_version: '115.0' } },
    }),
    host_permissions: [...contentScriptMatches],
  }),
});
