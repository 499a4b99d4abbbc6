import { expect, test } from 'vitest';

import { isStale } from '../../lib/knowledge/staleness';
import type { Snippet } from '../../lib/packs/snippet-schema';

const snippet: Snippet = {
  id: 'late-payment-fee-en',
  title: 'Late payment fee — one-time waiver',
  body: 'I have **waived the fee** as a one-off.',
  category: 'billing',
  tags: ['billing'],
  products: [],
  channels: [],
  locale: 'en',
  owner: 'Billing team',
  updatedAt: '2026-02-14',
  teams: [],
};
const now = new Date('2026-11-26T09:00:00Z');

test.each([
  ['reviewed within the interval', { reviewedAt: '2026-08-01' }, 180, false],
  ['reviewed longer ago than the interval', { reviewedAt: '2025-02-14' }, 180, true],
  ['never reviewed, edited long ago', {}, 180, true],
  ['never reviewed, edited recently', { updatedAt: '2026-11-01' }, 90, false],
  ['exactly one interval ago is still fresh', { reviewedAt: '2026-08-28' }, 90, false],
  ['no interval in the pack', { reviewedAt: '2020-01-01' }, undefined, false],
])('%s', (_case, dates, interval, stale) => {
  expect(isStale({ ...snippet, ...dates }, interval, now)).toBe(stale);
});
