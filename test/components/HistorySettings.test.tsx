import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

import { HistorySettings } from '../../components/HistorySettings';

afterEach(cleanup);

test('changes the retention and the default country, and "none" clears the country', () => {
  const onChange = vi.fn();
  render(
    <HistorySettings settings={{ retentionDays: 180 }} countries={['GB', 'US', 'DE']} onChange={onChange} />,
  );
  fireEvent.change(screen.getByLabelText('Keep contacts for (days)'), { target: { value: '90' } });
  expect(onChange).toHaveBeenLastCalledWith({ retentionDays: 90 });
  fireEvent.change(screen.getByLabelText('Country of phone numbers written without a country code'), {
    target: { value: 'GB' },
  });
  expect(onChange).toHaveBeenLastCalledWith({ retentionDays: 180, defaultCountry: 'GB' });
});

test.each(['0', '-5', '2.5', '5000'])('refuses %s days without saving', (days) => {
  const onChange = vi.fn();
  render(<HistorySettings settings={{ retentionDays: 180 }} countries={['GB']} onChange={onChange} />);
  fireEvent.change(screen.getByLabelText('Keep contacts for (days)'), { target: { value: days } });
  expect(onChange).not.toHaveBeenCalled();
});

test('names countries in words, with their code', () => {
  render(
    <HistorySettings
      settings={{ retentionDays: 180, defaultCountry: 'GB' }}
      countries={['GB']}
      onChange={vi.fn()}
    />,
  );
  const select = screen.getByLabelText<HTMLSelectElement>(
    'Country of phone numbers written without a country code',
  );
  expect(select.selectedOptions[0]?.textContent).toMatch(/\(GB\)$/);
});
