import { expect, test } from 'vitest';

import { activePackContent } from '../../lib/packs/active-content';
import { packSchema } from '../../lib/packs/pack-schema';
import { makePackInput } from '../builders/pack';

const snippets = makePackInput().snippets as Record<string, unknown>[];
const billing = packSchema.parse(
  makePackInput({
    snippets: [
      snippets[0],
      { ...snippets[1], teams: ['billing-escalations'] },
      { ...snippets[1], id: 'retention-offer-script-en', title: 'Retention call script', teams: ['retention'] },
    ],
  }),
);
const outages = packSchema.parse(makePackInput({ id: 'outages', name: 'Outages', snippets: [] }));
const installed = {
  outages: { pack: outages, source: { kind: 'file' as const, fileName: 'outages.json' }, installedAt: 1 },
  [billing.id]: { pack: billing, source: { kind: 'file' as const, fileName: 'billing.json' }, installedAt: 1 },
};

test.each([
  ['an agent with no team sees only unscoped snippets', undefined, ['refund-timeline-en']],
  ['a billing-escalations agent also sees their team’s', 'billing-escalations', ['refund-timeline-en', 'duplicate-charge-en']],
  ['a retention agent sees theirs, not billing’s', 'retention', ['refund-timeline-en', 'retention-offer-script-en']],
])('%s', (_case, team, ids) => {
  const content = activePackContent(installed, team);
  expect(content.knowledge.flatMap((source) => source.snippets.map((snippet) => snippet.id))).toEqual(ids);
});

test('packs are joined by name, and the result is cached per installed value and team', () => {
  const content = activePackContent(installed, 'retention');
  expect(content.packCount).toBe(2);
  expect(content.knowledge.map((source) => source.snippets.length)).toEqual([2, 0]);
  expect(activePackContent(installed, 'retention')).toBe(content);
  expect(activePackContent(installed)).not.toBe(content);
});
