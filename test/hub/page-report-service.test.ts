import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { PageReport } from '../../lib/diagnostics/report-schema';
import type { HelpdeskRules } from '../../lib/helpdesks/index';
import { PAGE_DIAGNOSTIC_SCRIPT, reportPage } from '../../lib/hub/page-report-service';
import { helpdeskRulesItem } from '../../lib/settings/helpdesk-rules';
import { reportOf } from '../diagnostics/fixture-report';

const zendeskTicket = 'https://northwind.zendesk.com/agent/tickets/48213';
const report = JSON.parse(JSON.stringify(reportOf('zendesk/email-ticket.html'))) as PageReport;

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

/** The injected script's result, as Chrome hands it back. */
function scriptReturns(result: unknown) {
  // WXT types the fake from Chrome's callback overload, which returns nothing: hence the cast.
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation((async () => [{ frameId: 0, documentId: 'top', result }]) as never);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('a helpdesk tab', () => {
  test('is examined with the page diagnostic, and its checked report is the reply', async () => {
    const tabId = await openTab(zendeskTicket);
    const executeScript = scriptReturns(report);
    expect(await reportPage({ tabId })).toEqual({ ok: true, report });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: [PAGE_DIAGNOSTIC_SCRIPT] });
  });

  test.each<[string, unknown, string]>([
    [
      'a report carrying text',
      { ...report, tree: { ...report.tree, nodes: [{ parent: -1, tag: 'body', text: 'Maya Okafor' }] } },
      'the page gave no usable report',
    ],
    ['nothing at all', undefined, 'the page gave no usable report'],
    [
      'a report of another page',
      { ...report, page: { ...report.page, origin: 'https://attacker.example' } },
      'the tab moved to another page while it was examined',
    ],
    [
      'a failure in the page',
      { error: 'TypeError: doc.body is null' },
      'building the report failed in the page (TypeError: doc.body is null)',
    ],
    [
      'a report over 500 kB',
      {
        ...report,
        tree: {
          ...report.tree,
          nodes: report.tree.nodes.map((node) => ({
            ...node,
            classes: Array.from({ length: 20 }, () => 'x'.repeat(120)),
          })),
        },
      },
      'the report came back larger than 500 kB',
    ],
  ])('refuses %s', async (_case, result, reason) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    scriptReturns(result);
    expect(await reportPage({ tabId: await openTab(zendeskTicket) })).toEqual({ ok: false, reason });
  });

  test('says why the browser would not let the page be examined', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    );
    const reply = await reportPage({ tabId: await openTab(zendeskTicket) });
    expect(reply).toEqual({
      ok: false,
      reason: expect.stringMatching(/^the page could not be examined \(Cannot access contents of the page\./),
    });
  });
});

describe('no examination', () => {
  test('of a closed tab', async () => {
    const executeScript = scriptReturns(report);
    expect(await reportPage({ tabId: 404 })).toEqual({ ok: false, reason: 'the helpdesk tab is closed' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('of a tab that left the helpdesk', async () => {
    const executeScript = scriptReturns(report);
    const tabId = await openTab('https://mail.example.com/inbox');
    expect(await reportPage({ tabId })).toEqual({
      ok: false,
      reason: 'the tab no longer shows a helpdesk page',
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test("but a pack's declared helpdesk is examined like a built-in one", async () => {
    const rules: HelpdeskRules = {
      overrides: [],
      declared: [
        {
          id: 'acme-desk',
          name: 'Acme Desk',
          ticketUrl: 'https://desk.acme.example/tickets/{id}',
          fields: { subject: { selector: 'h1' } },
          packId: 'acme',
          packName: 'Acme Support',
        },
      ],
    };
    await fakeBrowser.storage[helpdeskRulesItem.area].set({ [helpdeskRulesItem.key]: rules });
    const declaredReport = {
      ...report,
      helpdesk: { id: 'acme-desk', kind: 'declared' },
      page: { ...report.page, origin: 'https://desk.acme.example' },
    };
    scriptReturns(declaredReport);
    expect(await reportPage({ tabId: await openTab('https://desk.acme.example/tickets/77') })).toEqual({
      ok: true,
      report: declaredReport,
    });
  });
});
