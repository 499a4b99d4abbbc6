// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { usePanelView } from '../../entrypoints/sidepanel/use-panel-view';
import type { HelpdeskRules } from '../../lib/helpdesks/index';
import { activeTabsItem } from '../../lib/hub/ticket-tabs';
import { acmeDesk } from '../builders/helpdesk-rules';

const withAcmeDesk: HelpdeskRules = { overrides: [], declared: [acmeDesk] };

function ShownView({ windowId, rules }: { windowId: number; rules: HelpdeskRules | undefined }) {
  const view = usePanelView(windowId, rules);
  return <output>{view ? JSON.stringify(view) : 'loading'}</output>;
}

/** A tab whose page has reported nothing yet, active in its window. */
async function openUnreadTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  await activeTabsItem.update(() => ({ [String(tab.windowId)]: tab.id! }));
  return tab.windowId!;
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

test('a declared helpdesk page still loading is named as the pack names it', async () => {
  const windowId = await openUnreadTab('https://desk.acme.example/tickets/8812');
  render(<ShownView windowId={windowId} rules={withAcmeDesk} />);
  expect((await screen.findByText(/"kind":"waiting"/)).textContent).toContain('"helpdeskName":"Acme Desk"');
});

test('a built-in helpdesk page still loading is named without any pack', async () => {
  const windowId = await openUnreadTab('https://northwind.zendesk.com/agent/tickets/48213');
  render(<ShownView windowId={windowId} rules={undefined} />);
  expect((await screen.findByText(/"kind":"waiting"/)).textContent).toContain('"helpdeskName":"Zendesk"');
});

test('the same page with no pack declaring it is no helpdesk at all', async () => {
  const windowId = await openUnreadTab('https://desk.acme.example/tickets/8812');
  render(<ShownView windowId={windowId} rules={undefined} />);
  await screen.findByText(/"kind":"no-helpdesk"/);
  // Long enough for the tab's URL to have been looked at, as in the tests above.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.getByRole('status').textContent).toBe('{"kind":"no-helpdesk","activeTabId":1}');
});
