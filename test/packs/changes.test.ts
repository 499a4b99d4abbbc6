import { expect, test } from 'vitest';

import { summarisePackChange } from '../../lib/packs/changes';
import { packSchema } from '../../lib/packs/pack-schema';
import { makePackInput } from '../builders/pack';

const v3 = packSchema.parse(makePackInput());
const snippets = v3.snippets;

test.each([
  ['a first install', undefined, v3, 'Northwind Billing v3 installed: 2 snippets, 1 offer'],
  ['a version with the same content', v3, { ...v3, version: 4 }, 'Northwind Billing v4: no content changes'],
  [
    'edited, added and removed items',
    v3,
    {
      ...v3,
      version: 12,
      name: 'Billing pack',
      snippets: [
        { ...snippets[0]!, body: 'Refunds now take 2 business days.' },
        { ...snippets[1]!, id: 'refund-card-en' },
      ],
      offers: [...v3.offers, { ...v3.offers[0]!, id: 'fibre-1000-upgrade' }],
    },
    'Billing pack v12: 1 snippet updated, 1 new snippet, 1 snippet removed, 1 new offer',
  ],
])('%s', (_case, previous, next, summary) => {
  expect(summarisePackChange(previous, next)).toBe(summary);
});
