import { describe, expect, test } from 'vitest';

import {
  helpdeskRulesOf,
  noHelpdeskRules,
  type PackWithHelpdeskRules,
} from '../../../lib/helpdesks/rules/helpdesk-rules';

const acmeDesk = {
  id: 'acme-desk',
  name: 'Acme Desk',
  ticketUrl: 'https://desk.acme.example/tickets/{id}',
  fields: { subject: { selector: 'h1.ticket-subject' } },
};

const billing: PackWithHelpdeskRules = {
  id: 'billing',
  name: 'Billing team',
  helpdeskOverrides: [
    { helpdesk: 'zendesk', fields: { priority: { selector: '.priority' }, status: { selector: '.status' } } },
    { helpdesk: 'freshdesk', fields: { priority: { selector: '.fd-priority' } } },
  ],
  declaredHelpdesks: [acmeDesk],
};

const escalations: PackWithHelpdeskRules = {
  id: 'escalations',
  name: 'Escalations',
  helpdeskOverrides: [
    {
      helpdesk: 'zendesk',
      fields: { priority: { selector: '.prio' }, tags: { selector: '.tag', all: true } },
    },
  ],
  declaredHelpdesks: [
    { ...acmeDesk, name: 'Acme Desk (escalations copy)' },
    { ...acmeDesk, id: 'acme-desk-v2' },
    { ...acmeDesk, id: 'globex-desk', ticketUrl: 'https://support.globex.example/case?id={id}' },
  ],
};

describe('helpdeskRulesOf', () => {
  test('collects nothing from packs without rules', () => {
    expect(helpdeskRulesOf([{ id: 'outage-comms', name: 'Outage comms' }])).toEqual(noHelpdeskRules);
  });

  test("keeps pack order; a field overridden by two packs keeps the first pack's rule", () => {
    const rules = helpdeskRulesOf([billing, escalations]);
    expect(rules.overrides).toEqual([
      {
        helpdesk: 'zendesk',
        packId: 'billing',
        packName: 'Billing team',
        fields: { priority: { selector: '.priority' }, status: { selector: '.status' } },
      },
      {
        helpdesk: 'freshdesk',
        packId: 'billing',
        packName: 'Billing team',
        fields: { priority: { selector: '.fd-priority' } },
      },
      {
        helpdesk: 'zendesk',
        packId: 'escalations',
        packName: 'Escalations',
        fields: { tags: { selector: '.tag', all: true } },
      },
    ]);
  });

  test('a helpdesk declared again (same id, or same host) keeps its first declaration', () => {
    const rules = helpdeskRulesOf([billing, escalations]);
    expect(rules.declared.map(({ id, packName }) => [id, packName])).toEqual([
      ['acme-desk', 'Billing team'],
      ['globex-desk', 'Escalations'],
    ]);
  });

  test('the other pack wins when it comes first', () => {
    const rules = helpdeskRulesOf([escalations, billing]);
    expect(rules.overrides[0]).toMatchObject({
      packName: 'Escalations',
      fields: { priority: { selector: '.prio' } },
    });
    expect(rules.declared[0]).toMatchObject({ name: 'Acme Desk (escalations copy)', packId: 'escalations' });
  });
});
