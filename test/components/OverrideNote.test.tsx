import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';

import { OverrideNote, overrideNoteText } from '../../components/OverrideNote';

afterEach(cleanup);

test.each<[string, { field: string; packName: string }[], string]>([
  [
    'one field',
    [{ field: 'priority', packName: 'Northwind Support' }],
    'Priority read with an override from Northwind Support',
  ],
  [
    'three fields of one pack',
    [
      { field: 'priority', packName: 'Northwind Support' },
      { field: 'requester.email', packName: 'Northwind Support' },
      { field: 'createdAt', packName: 'Northwind Support' },
    ],
    'Priority, requester email and created time read with an override from Northwind Support',
  ],
  [
    'two packs',
    [
      { field: 'status', packName: 'Northwind Support' },
      { field: 'tags', packName: 'Harbour Billing' },
    ],
    'Status read with an override from Northwind Support; tags from Harbour Billing',
  ],
  [
    'a field this version does not know',
    [{ field: 'sentiment', packName: 'Acme' }],
    'Sentiment read with an override from Acme',
  ],
])('%s', (_case, overrides, text) => {
  expect(overrideNoteText(overrides)).toBe(text);
});

test('nothing at all without overrides', () => {
  const { container } = render(<OverrideNote overrides={[]} />);
  expect(container.textContent).toBe('');
});
