import { expect, test } from 'vitest';

import { helpdeskName, helpdeskNames } from '../../lib/helpdesks/names';
import { acmeDesk } from '../builders/helpdesk-rules';

const withAcmeDesk = { overrides: [], declared: [acmeDesk] };

test('a built-in helpdesk goes by its product name', () => {
  expect(helpdeskName('zendesk')).toBe('Zendesk');
  expect(helpdeskName('salesforce', withAcmeDesk)).toBe('Salesforce');
});

test('a helpdesk an active pack declares goes by the name the pack gives it', () => {
  expect(helpdeskName('acme-desk', withAcmeDesk)).toBe('Acme Desk');
});

test('an id no adapter or pack knows (a pack since removed) is shown as it is', () => {
  expect(helpdeskName('acme-desk')).toBe('acme-desk');
});

test('the helpdesks to follow are the built-in ones, then the declared ones, each named once', () => {
  expect(helpdeskNames()).toEqual(['Zendesk', 'Salesforce', 'Freshdesk']);
  expect(helpdeskNames({ overrides: [], declared: [acmeDesk, { ...acmeDesk, packId: 'other' }] })).toEqual([
    'Zendesk',
    'Salesforce',
    'Freshdesk',
    'Acme Desk',
  ]);
});
