import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

import { HelpdeskClockSettings } from '../../components/HelpdeskClockSettings';

afterEach(cleanup);

const zones = ['America/New_York', 'Europe/Berlin', 'Europe/London'];
const browserDefault = { timeZone: 'Europe/London', dateOrder: 'dmy' } as const;

test('shows the browser default until the agent chooses', () => {
  render(
    <HelpdeskClockSettings clock={{}} browserDefault={browserDefault} timeZones={zones} onChange={vi.fn()} />,
  );
  const zone = screen.getByLabelText<HTMLSelectElement>('Time zone of your helpdesk profile');
  expect(zone.value).toBe('');
  expect(zone.selectedOptions[0]?.textContent).toBe('Browser default (Europe/London)');
  const order = screen.getByLabelText<HTMLSelectElement>('How your helpdesk writes dates');
  expect(order.selectedOptions[0]?.textContent).toContain('Day/month/year');
});

test('reports the chosen zone and order, and "browser default" clears a choice', () => {
  const onChange = vi.fn();
  const { rerender } = render(
    <HelpdeskClockSettings
      clock={{}}
      browserDefault={browserDefault}
      timeZones={zones}
      onChange={onChange}
    />,
  );
  fireEvent.change(screen.getByLabelText('Time zone of your helpdesk profile'), {
    target: { value: 'America/New_York' },
  });
  expect(onChange).toHaveBeenLastCalledWith({ timeZone: 'America/New_York' });

  rerender(
    <HelpdeskClockSettings
      clock={{ timeZone: 'America/New_York' }}
      browserDefault={browserDefault}
      timeZones={zones}
      onChange={onChange}
    />,
  );
  fireEvent.change(screen.getByLabelText('How your helpdesk writes dates'), { target: { value: 'mdy' } });
  expect(onChange).toHaveBeenLastCalledWith({ timeZone: 'America/New_York', dateOrder: 'mdy' });
  fireEvent.change(screen.getByLabelText('Time zone of your helpdesk profile'), { target: { value: '' } });
  expect(onChange).toHaveBeenLastCalledWith({ timeZone: undefined });
});
