import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';

import { HelpdeskRulesSettings, type DeclaredHelpdeskAccess } from '../../components/HelpdeskRules';
import { noHelpdeskRules, type HelpdeskRules } from '../../lib/helpdesks/rules/helpdesk-rules';

afterEach(cleanup);

const rules: HelpdeskRules = {
  overrides: [
    {
      helpdesk: 'zendesk',
      packId: 'northwind-support',
      packName: 'Northwind Support',
      fields: {
        priority: {
          selector:
            '[data-test-id="ticket-fields-priority-dropdown"] [data-garden-id="dropdowns.combobox.value"]',
        },
      },
    },
  ],
  declared: [],
};

const acmeDesk: DeclaredHelpdeskAccess = {
  id: 'acme-desk',
  name: 'Acme Desk',
  packName: 'Northwind Support',
  origin: 'https://desk.acme.example/*',
  granted: false,
};

test('says which fields of which helpdesk a pack overrides', () => {
  render(
    <HelpdeskRulesSettings rules={rules} declared={[]} onAllow={vi.fn()} onRevoke={vi.fn()} status="" />,
  );
  expect(screen.getByRole('listitem').textContent).toBe(
    'Zendesk: priority read with the override from Northwind Support',
  );
});

test('a declared helpdesk not yet allowed offers a button that asks for exactly its origin', () => {
  const onAllow = vi.fn();
  render(
    <HelpdeskRulesSettings
      rules={rules}
      declared={[acmeDesk]}
      onAllow={onAllow}
      onRevoke={vi.fn()}
      status=""
    />,
  );
  expect(screen.getByText(/not allowed yet/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Allow Touchpoint on Acme Desk' }));
  expect(onAllow).toHaveBeenCalledWith('https://desk.acme.example/*');
});

test('an allowed declared helpdesk can be stopped, and the outcome is announced', () => {
  const onRevoke = vi.fn();
  render(
    <HelpdeskRulesSettings
      rules={noHelpdeskRules}
      declared={[{ ...acmeDesk, granted: true }]}
      onAllow={vi.fn()}
      onRevoke={onRevoke}
      status="Allowed. Open tabs on https://desk.acme.example are read now."
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Stop reading Acme Desk' }));
  expect(onRevoke).toHaveBeenCalledWith('https://desk.acme.example/*');
  expect(screen.getByRole('status').textContent).toContain('read now');
});

test('says so when no pack changes how pages are read', () => {
  render(
    <HelpdeskRulesSettings
      rules={noHelpdeskRules}
      declared={[]}
      onAllow={vi.fn()}
      onRevoke={vi.fn()}
      status=""
    />,
  );
  expect(screen.getByText('No pack changes how helpdesk pages are read.')).toBeTruthy();
});
