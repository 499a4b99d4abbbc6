import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

import { PackSources } from '../../components/PackSources';
import type { EffectivePackSettings } from '../../lib/packs/pack-settings';

afterEach(cleanup);

const teamKey = 'm8Wq7dC4u2Vb9nK0sTz1xYpQ3rLfHgJe5aB6cD7eF8g=';
const settings: EffectivePackSettings = {
  packUrls: ['https://packs.northwind.example/billing/pack.json'],
  trustedKeys: [],
  pollMinutes: 15,
  managed: false,
};

test('adds a pack URL and a trusted key, saving the whole settings', () => {
  const onSave = vi.fn();
  render(<PackSources settings={settings} onSave={onSave} />);
  fireEvent.input(screen.getByLabelText('Add a pack URL'), {
    target: { value: 'https://packs.northwind.example/outages/pack.json' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Add URL' }));
  expect(onSave).toHaveBeenLastCalledWith({
    packUrls: [
      'https://packs.northwind.example/billing/pack.json',
      'https://packs.northwind.example/outages/pack.json',
    ],
    trustedKeys: [],
    pollMinutes: 15,
  });
  fireEvent.input(screen.getByLabelText('Add a trusted public key'), { target: { value: teamKey } });
  fireEvent.click(screen.getByRole('button', { name: 'Trust key' }));
  expect(onSave).toHaveBeenLastCalledWith({ ...settings, managed: undefined, trustedKeys: [teamKey] });
});

test.each([
  ['a plain-http URL', 'Add a pack URL', 'http://packs.northwind.example/pack.json', 'Add URL', /https:\/\//],
  [
    'a URL already listed',
    'Add a pack URL',
    'https://packs.northwind.example/billing/pack.json',
    'Add URL',
    /already listed/,
  ],
  [
    'a key that is not one',
    'Add a trusted public key',
    'not-a-key',
    'Trust key',
    /44-character base64 public key/,
  ],
])('refuses %s with a reason and saves nothing', (_case, label, value, button, message) => {
  const onSave = vi.fn();
  render(<PackSources settings={settings} onSave={onSave} />);
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: button }));
  expect(screen.getByRole('alert').textContent).toMatch(message);
  expect(onSave).not.toHaveBeenCalled();
});

test('warns that without a trusted key unsigned packs are accepted', () => {
  render(<PackSources settings={settings} onSave={vi.fn()} />);
  expect(screen.getByRole('note').textContent).toContain('unsigned packs are accepted');
});

test('under an administrator policy everything is read-only', () => {
  render(<PackSources settings={{ ...settings, trustedKeys: [teamKey], managed: true }} onSave={vi.fn()} />);
  expect(screen.getByText(/Your administrator sets these by policy/)).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
  expect(screen.queryByLabelText('Add a pack URL')).toBeNull();
  expect(screen.getByLabelText<HTMLInputElement>('Minutes between checks for a newer pack').disabled).toBe(
    true,
  );
});
