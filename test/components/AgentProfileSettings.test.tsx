import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

import { AgentProfileSettings } from '../../components/AgentProfileSettings';

afterEach(cleanup);

test('saves the trimmed name and team, and empty fields as unset', () => {
  const onSave = vi.fn();
  render(<AgentProfileSettings profile={{ name: 'Sam Patel' }} onSave={onSave} />);
  fireEvent.input(screen.getByLabelText('Your team, as your packs name it'), {
    target: { value: ' billing-escalations ' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(onSave).toHaveBeenLastCalledWith({ name: 'Sam Patel', team: 'billing-escalations' });
  fireEvent.input(screen.getByLabelText('Your name, as replies are signed'), { target: { value: '  ' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(onSave).toHaveBeenLastCalledWith({ name: undefined, team: 'billing-escalations' });
});
