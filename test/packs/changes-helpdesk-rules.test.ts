// @vitest-environment node
import { readFileSync } from 'node:fs';

import { expect, test } from 'vitest';

import { summarisePackChange } from '../../lib/packs/changes';
import { packSchema, type Pack } from '../../lib/packs/pack-schema';

const load = (file: string): Pack => packSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const fixes = load('test/fixtures/packs/northwind-zendesk-fixes.pack.json');
const acme = load('test/fixtures/packs/acme-desk.pack.json');
const acmeDesk = acme.declaredHelpdesks![0]!;

test.each([
  ['a first install', undefined, fixes, 'Northwind Zendesk fixes v7 installed: 0 snippets, 0 offers, selector overrides for Zendesk'],
  [
    'a fixed selector',
    fixes,
    {
      ...fixes,
      version: 8,
      helpdeskOverrides: [{ ...fixes.helpdeskOverrides![0]!, fields: { priority: { selector: '.priority-v4' } } }],
    },
    'Northwind Zendesk fixes v8: selector overrides for Zendesk updated',
  ],
  ['overrides dropped', fixes, { ...fixes, version: 8, helpdeskOverrides: undefined }, 'Northwind Zendesk fixes v8: selector overrides for Zendesk removed'],
  [
    'a second helpdesk declared, the first changed',
    acme,
    {
      ...acme,
      version: 5,
      declaredHelpdesks: [
        { ...acmeDesk, composer: '.reply-box [contenteditable="true"]' },
        { ...acmeDesk, id: 'acme-returns', name: 'Acme Returns', ticketUrl: 'https://returns.acme.example/rma/{id}' },
      ],
    },
    'Acme Outdoor support v5: declared helpdesk Acme Desk updated, new declared helpdesk Acme Returns',
  ],
  ['nothing changed', acme, { ...acme, version: 5 }, 'Acme Outdoor support v5: no content changes'],
])('%s', (_case, previous, next, summary) => {
  expect(summarisePackChange(previous, next)).toBe(summary);
});
