import type { Pack } from '../../lib/packs/pack-schema';

/** A small but real-looking team pack (input shape, as published); override what a test is about. */
export function makePackInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'touchpoint-pack/1',
    id: 'northwind-billing',
    name: 'Northwind Billing',
    version: 3,
    publishedAt: '2026-11-20T09:00:00Z',
    publisher: 'Lena Fischer, Billing team lead',
    reviewIntervalDays: 90,
    products: [
      { id: 'fibre-100', name: 'Fibre 100' },
      { id: 'fibre-500', name: 'Fibre 500' },
    ],
    calendars: [],
    standards: [],
    snippets: [
      {
        id: 'refund-timeline-en',
        title: 'When a refund arrives',
        body: 'Hi {{requester.firstName | "there"}},\n\nRefunds reach your card within **3–5 business days**.',
        category: 'billing',
        tags: ['refund'],
        locale: 'en',
        owner: 'Billing team',
        updatedAt: '2026-10-02',
      },
      {
        id: 'duplicate-charge-en',
        title: 'Duplicate charge on an invoice',
        body: 'We have reversed the duplicate payment on invoice {{ticket.id}}.',
        category: 'billing',
        tags: ['refund', 'invoice'],
        locale: 'en',
        owner: 'Billing team',
        updatedAt: '2026-09-14',
      },
    ],
    offers: [
      {
        id: 'upgrade-fibre-500',
        title: 'Upgrade to Fibre 500',
        pitch: 'Fibre 500 costs £8 more a month.',
        product: 'fibre-500',
        when: { all: [{ field: 'customer.products', op: 'includes', value: 'fibre-100' }] },
        weight: 40,
        cooldownDays: 30,
      },
    ],
    ...overrides,
  };
}

export function packBytes(overrides: Record<string, unknown> = {}): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(makePackInput(overrides), null, 2));
}

export type { Pack };
