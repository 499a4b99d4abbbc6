import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

import { HistoryImport } from '../../components/HistoryImport';
import type { ImportReport } from '../../lib/history/import-report';

afterEach(cleanup);

const crmExport = new File(['kind,customer_ref,name,email\n'], 'salesforce-contacts-2026-11.csv', {
  type: 'text/csv',
});

function chooseAndImport() {
  fireEvent.change(screen.getByLabelText('CRM export (CSV or JSON)'), { target: { files: [crmExport] } });
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
}

test('shows the rows read as the file streams in, then what was imported', async () => {
  let finish: (report: ImportReport) => void = () => undefined;
  const onImport = vi.fn((_file: File, onProgress: (rowsRead: number) => void) => {
    onProgress(12_000);
    return new Promise<ImportReport>((resolve) => (finish = resolve));
  });
  render(<HistoryImport onImport={onImport} />);

  chooseAndImport();

  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('12,000 rows read'));
  expect(screen.getByRole('button', { name: 'Importing…' })).toHaveProperty('disabled', true);
  expect(onImport).toHaveBeenCalledWith(crmExport, expect.any(Function));
  finish({
    outcome: 'imported',
    rowsRead: 120_000,
    customersCreated: 19_998,
    customersUpdated: 2,
    purchases: 1,
    interactions: 100_000,
  });
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe(
      'Imported 120,000 rows: 19,998 new customers, 2 known customers updated, 1 purchase, 100,000 past tickets.',
    ),
  );
  expect(screen.queryByRole('list')).toBeNull();
});

test('lists the problems of a refused file and says nothing was imported', async () => {
  const errors = [
    { line: 12, column: 'email', reason: '"maya@" is not an email address' },
    {
      line: 40,
      column: 'created_at',
      reason: '"2026-11-12T09:02:00" has no UTC offset: add "Z" or one such as "+01:00"',
    },
    { line: 41, reason: 'broken quoting: a quote inside a quoted field must be doubled ("")' },
  ];
  render(
    <HistoryImport
      onImport={async () => ({ outcome: 'refused', rowsRead: 1_200, errors, moreErrors: 18 })}
    />,
  );

  chooseAndImport();

  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe('Nothing was imported. 21 problems in 1,200 rows:'),
  );
  expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'line 12, email: "maya@" is not an email address',
    'line 40, created_at: "2026-11-12T09:02:00" has no UTC offset: add "Z" or one such as "+01:00"',
    'line 41: broken quoting: a quote inside a quoted field must be doubled ("")',
    '…and 18 more problems.',
  ]);
});

test('says why a whole file was refused', async () => {
  const refusal =
    'The header names unknown columns: "record id". Expected columns: kind, customer_ref, name, email, phone.';
  render(
    <HistoryImport
      onImport={async () => ({ outcome: 'refused', rowsRead: 0, refusal, errors: [], moreErrors: 0 })}
    />,
  );

  chooseAndImport();

  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe(`Nothing was imported. ${refusal}`),
  );
});

test('asks for a file before importing', () => {
  const onImport = vi.fn();
  render(<HistoryImport onImport={onImport} />);

  fireEvent.click(screen.getByRole('button', { name: 'Import' }));

  expect(screen.getByRole('status').textContent).toBe('Choose a CSV or JSON file first.');
  expect(onImport).not.toHaveBeenCalled();
});
