import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { ReportThisPage, type PageReportActions } from '../../components/ReportThisPage';
import { pageReportSchema, type PageReport, type PageReportReply } from '../../lib/diagnostics/report-schema';
import { snapshotFields } from '../../lib/diagnostics/snapshot-fields';

/** A small report of a Zendesk page whose priority field was renamed. */
function makeReport(elements = 1204): PageReport {
  return pageReportSchema.parse({
    format: 'touchpoint-page-report/1',
    createdAt: '2026-11-26T10:14:00.000Z',
    extensionVersion: '0.1.0',
    helpdesk: { id: 'zendesk', kind: 'built-in' },
    reading: 'ticket',
    page: { origin: 'https://northwind.zendesk.com', path: '/agent/tickets/{n}', elements: elements + 12 },
    fields: snapshotFields.map((field) => ({ field, read: field !== 'priority', selectors: [] })),
    tree: {
      nodes: Array.from({ length: elements }, (_, index) => ({
        parent: index - 1,
        tag: index ? 'div' : 'body',
      })),
      truncated: false,
    },
  });
}

function actionsAnswering(reply: () => Promise<PageReportReply>) {
  return {
    request: vi.fn((_tabId: number) => reply()),
    download: vi.fn((_fileName: string, _text: string) => undefined),
    copy: vi.fn(async (_text: string) => undefined),
  } satisfies PageReportActions;
}

afterEach(cleanup);

describe('before the agent asks', () => {
  test('says what could not be read and what the report holds', () => {
    render(
      <ReportThisPage
        tabId={7}
        missing={['priority']}
        actions={actionsAnswering(() => new Promise(() => {}))}
      />,
    );
    expect(screen.getByRole('region', { name: 'Report this page' }).textContent).toContain(
      "Touchpoint couldn't read: priority. The report holds the page's structure, not the customer's text.",
    );
    const button = screen.getByRole('button', { name: 'Report this page' });
    // A real button: reached with Tab, pressed with Enter or Space.
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
  });

  test('on a page whose ticket could not be read at all', () => {
    render(<ReportThisPage tabId={7} missing={[]} actions={actionsAnswering(() => new Promise(() => {}))} />);
    expect(screen.getByText(/couldn't read the ticket on this page/).textContent).toBe(
      "Touchpoint couldn't read the ticket on this page. The report holds the page's structure, not the customer's text.",
    );
  });
});

describe('making the report', () => {
  test('asks the background for the tab, then offers the file and a copy with a summary', async () => {
    const report = makeReport();
    const actions = actionsAnswering(async () => ({ ok: true, report }));
    render(<ReportThisPage tabId={7} missing={['priority']} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Report this page' }));
    expect(actions.request).toHaveBeenCalledWith(7);
    await screen.findByRole('button', { name: 'Download report' });
    expect(screen.getByRole('status').textContent).toBe('Report ready: 1,204 elements, priority not found.');
    expect(screen.queryByRole('button', { name: 'Report this page' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Download report' }));
    const [fileName, text] = actions.download.mock.calls[0]!;
    expect(fileName).toBe('touchpoint-page-report-zendesk-2026-11-26.json');
    expect(pageReportSchema.parse(JSON.parse(text))).toEqual(report);

    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Report ready: 1,204 elements, priority not found. Copied: paste it into a message to your team lead.',
      ),
    );
    expect(actions.copy).toHaveBeenCalledWith(text);
  });

  test('says it is working, and cannot be pressed twice meanwhile', async () => {
    let answer!: (reply: PageReportReply) => void;
    const actions = actionsAnswering(() => new Promise((resolve) => (answer = resolve)));
    render(<ReportThisPage tabId={7} missing={['status']} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Report this page' }));
    expect(screen.getByRole('status').textContent).toBe('Examining the page…');
    expect((screen.getByRole('button', { name: 'Report this page' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    answer({ ok: true, report: makeReport(3) });
    await screen.findByText('Report ready: 3 elements, priority not found.');
  });

  test.each<[string, () => Promise<PageReportReply>, string]>([
    [
      'the tab was closed',
      async () => ({ ok: false, reason: 'the helpdesk tab is closed' }),
      'Could not report this page: the helpdesk tab is closed.',
    ],
    [
      'the background did not answer',
      async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      'Could not report this page: Touchpoint gave no usable answer; try again in a moment.',
    ],
  ])('when %s it says so, and the agent can try again', async (_case, reply, message) => {
    const actions = actionsAnswering(reply);
    render(<ReportThisPage tabId={7} missing={['priority']} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Report this page' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect((screen.getByRole('button', { name: 'Report this page' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  test('without a clipboard it points to the download', async () => {
    const actions = actionsAnswering(async () => ({ ok: true, report: makeReport(40) }));
    actions.copy.mockRejectedValue(new Error('Document is not focused.'));
    render(<ReportThisPage tabId={7} missing={['priority']} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Report this page' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Copy' }));
    await screen.findByText(/The clipboard is not available: use Download report\./);
  });
});
