import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';

import { PackStatusList } from '../../components/PackStatusList';
import { PanelFooter } from '../../components/PanelFooter';
import type { PackOverview } from '../../lib/packs/pack-overview';

afterEach(cleanup);

const now = Date.parse('2026-11-26T10:00:00Z');
const overview: PackOverview = {
  sources: [
    {
      source: 'https://packs.northwind.example/billing/pack.json',
      installed: {
        packId: 'northwind-billing',
        title: 'Northwind Billing v3',
        verifiedBy: '3f9a1c0b7d2e4a55',
        installedAt: now - 86_400_000,
      },
      lastCheckedAt: now - 5 * 60_000,
      error: 'signature refused: no trusted key verifies this signature',
    },
    {
      source: 'file:outages.json',
      installed: { packId: 'outages', title: 'Outages v7', installedAt: now - 3_600_000 },
    },
  ],
  unsigned: true,
  notice: {
    packId: 'northwind-billing',
    text: 'Northwind Billing v3: 3 snippets updated, 1 new offer',
    at: now - 2 * 3_600_000,
  },
};

test('the options page lists each source with its pack, trust, last check and refusal', () => {
  render(<PackStatusList overview={overview} now={now} />);
  const items = within(screen.getByRole('list', { name: 'Knowledge packs' })).getAllByRole('listitem');
  expect(items[0]?.textContent).toContain('Northwind Billing v3 · signed (key 3f9a1c0b7d2e4a55)');
  expect(items[0]?.textContent).toContain('Checked 5 min ago');
  expect(items[0]?.textContent).toContain(
    'Update refused: signature refused: no trusted key verifies this signature Still using Northwind Billing v3.',
  );
  expect(items[1]?.textContent).toContain('Outages v7 · unsigned');
  expect(items[1]?.textContent).toContain('imported file outages.json');
});

test('with no source it says how to add one', () => {
  render(<PackStatusList overview={{ sources: [], unsigned: false, notice: null }} now={now} />);
  expect(screen.getByText(/add a pack URL or import a pack file/)).toBeTruthy();
});

test('the panel footer names the packs, the update notice, the unsigned warning and a failed update', () => {
  render(<PanelFooter overview={overview} now={now} />);
  const footer = screen.getByRole('contentinfo');
  expect(footer.textContent).toContain('Packs: Northwind Billing v3, Outages v7');
  expect(footer.textContent).toContain('Northwind Billing v3: 3 snippets updated, 1 new offer (2 h ago)');
  expect(footer.textContent).toContain('Unsigned pack in use: no trusted key is configured.');
  expect(footer.textContent).toContain('Update failed for Northwind Billing v3: signature refused');
});

test('the footer drops an update notice after a day', () => {
  render(
    <PanelFooter
      overview={{ ...overview, notice: { ...overview.notice!, at: now - 25 * 3_600_000 } }}
      now={now}
    />,
  );
  expect(screen.getByRole('contentinfo').textContent).not.toContain('3 snippets updated');
});
