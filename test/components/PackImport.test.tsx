import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

import { PackImport } from '../../components/PackImport';

afterEach(cleanup);

test('sends the chosen pack with its signature and shows the outcome', async () => {
  const onImport = vi.fn(async () => 'Northwind Billing v5 installed: 2 snippets, 1 offer');
  render(<PackImport onImport={onImport} />);
  const pack = new File(['{"format":"touchpoint-pack/1"}'], 'billing.json', { type: 'application/json' });
  const signature = new File(['c2lnbmF0dXJl\n'], 'billing.json.sig', { type: 'text/plain' });
  fireEvent.change(screen.getByLabelText('Pack (pack.json)'), { target: { files: [pack] } });
  fireEvent.change(screen.getByLabelText(/Signature \(pack.json.sig\)/), { target: { files: [signature] } });
  fireEvent.click(screen.getByRole('button', { name: 'Import pack' }));
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe(
      'Northwind Billing v5 installed: 2 snippets, 1 offer',
    ),
  );
  expect(onImport).toHaveBeenCalledWith({
    name: 'billing.json',
    text: '{"format":"touchpoint-pack/1"}',
    signature: 'c2lnbmF0dXJl',
  });
});

test('asks for a file before importing', () => {
  const onImport = vi.fn();
  render(<PackImport onImport={onImport} />);
  fireEvent.click(screen.getByRole('button', { name: 'Import pack' }));
  expect(screen.getByRole('status').textContent).toBe('Choose a pack file first.');
  expect(onImport).not.toHaveBeenCalled();
});
