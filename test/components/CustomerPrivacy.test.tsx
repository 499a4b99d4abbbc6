import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

import { CustomerPrivacy } from '../../components/CustomerPrivacy';

afterEach(cleanup);

test('forgetting asks once more, then erases and says so', async () => {
  const onForget = vi.fn(async () => undefined);
  render(<CustomerPrivacy customerName="Maya Okafor" onExport={async () => '{}'} onForget={onForget} />);
  fireEvent.click(screen.getByRole('button', { name: 'Forget this customer' }));
  expect(screen.getByRole('group', { name: 'Erase everything stored about Maya Okafor?' })).toBeTruthy();
  expect(onForget).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Erase' }));
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe(
      'Everything stored about Maya Okafor in this browser was erased.',
    ),
  );
  expect(onForget).toHaveBeenCalledOnce();
});

test('"Keep" cancels without erasing', () => {
  const onForget = vi.fn(async () => undefined);
  render(<CustomerPrivacy customerName="Maya Okafor" onExport={async () => '{}'} onForget={onForget} />);
  fireEvent.click(screen.getByRole('button', { name: 'Forget this customer' }));
  fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
  expect(onForget).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Forget this customer' })).toBeTruthy();
});

test('export downloads the JSON under a file name from the customer', async () => {
  const clicked: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  URL.createObjectURL = vi.fn(() => 'blob:touchpoint/export');
  URL.revokeObjectURL = vi.fn();
  const onExport = vi.fn(async () => '{"format":"touchpoint-customer/1"}');
  render(<CustomerPrivacy customerName="Maya Okafor" onExport={onExport} onForget={async () => undefined} />);
  fireEvent.click(screen.getByRole('button', { name: 'Export data' }));
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe('Exported everything stored about Maya Okafor.'),
  );
  expect(clicked).toEqual(['touchpoint-customer-maya-okafor.json']);
});
