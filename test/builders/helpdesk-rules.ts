import type { HelpdeskRules } from '../../lib/helpdesks/rules/helpdesk-rules';

/** Acme Desk (test/fixtures/in-house), declared with just enough to read its subject. */
export const acmeDesk: HelpdeskRules['declared'][number] = {
  packId: 'acme-support',
  packName: 'Acme Outdoor support',
  id: 'acme-desk',
  name: 'Acme Desk',
  ticketUrl: 'https://desk.acme.example/tickets/{id}',
  fields: { subject: { selector: 'section:not([hidden]) h1.ticket-subject' } },
};

/** A pack that overrides every Zendesk ticket's priority with the constant "low". */
export const lowPriority: HelpdeskRules = {
  overrides: [
    {
      helpdesk: 'zendesk',
      packId: 'night-shift',
      packName: 'Night shift',
      fields: { priority: { value: 'low' } },
    },
  ],
  declared: [],
};
