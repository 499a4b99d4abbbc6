/**
 * Real-shaped URLs of each built-in helpdesk, by adapter id (style.md, practice 3): `ticketUrls`
 * its adapter's `matches` must accept, `nonTicketUrls` of the same helpdesk (or look-alikes) it
 * must refuse. Test data only, kept out of the adapters so no content script ships it;
 * test/conventions.test.ts checks every adapter has some.
 */
export interface UrlExamples {
  ticketUrls: readonly string[];
  nonTicketUrls: readonly string[];
}

export const urlExamples: Readonly<Record<string, UrlExamples>> = {
  zendesk: {
    ticketUrls: [
      'https://northwind.zendesk.com/agent/tickets/48213',
      'https://northwind.zendesk.com/agent/tickets/48213/events',
      'https://northwind.zendesk.com/agent/tickets/48213?comment=18523009112345',
      'https://northwind-eu.zendesk.com/agent/tickets/7',
    ],
    nonTicketUrls: [
      'https://northwind.zendesk.com/agent/dashboard',
      'https://northwind.zendesk.com/agent/filters/360001',
      'https://northwind.zendesk.com/agent/search/1?q=refund',
      'https://northwind.zendesk.com/agent/users/39920145/requested_tickets',
      'https://northwind.zendesk.com/agent/organizations/1500012/tickets',
      'https://northwind.zendesk.com/agent/tickets/new/1',
      'https://northwind.zendesk.com/hc/en-us/articles/360012345-Refund-policy',
      'https://northwind.zendesk.com/hc/en-us/requests/48213',
      'http://northwind.zendesk.com/agent/tickets/48213',
      'https://zendesk.com.northwind-support.example/agent/tickets/48213',
    ],
  },
  salesforce: {
    ticketUrls: [
      'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7XyAAJ/view',
      'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7Xy/view',
      'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7Y3AAJ/related/EmailMessages/view',
      'https://northwind.lightning.force.com/lightning/r/Contact/0035g00000LkT2bAAF/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000Qm7XyAAJ%2Fview',
      'https://northwind.lightning.force.com/lightning/r/Account/0015g00000AbCdEAAV/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000Qm7YDAAZ%2Fview',
      'https://northwind.my.salesforce.com/lightning/r/Case/5005g00000Qm7Y8AAJ/view',
    ],
    nonTicketUrls: [
      'https://northwind.lightning.force.com/lightning/o/Case/list?filterName=Recent',
      'https://northwind.lightning.force.com/lightning/o/Case/list?filterName=My_Open_Cases',
      'https://northwind.lightning.force.com/lightning/o/Case/new?count=1',
      'https://northwind.lightning.force.com/lightning/page/home',
      'https://northwind.lightning.force.com/lightning/r/Contact/0035g00000LkT2bAAF/view',
      'https://northwind.lightning.force.com/lightning/r/Account/0015g00000AbCdEAAV/view',
      'https://northwind.lightning.force.com/lightning/r/Contact/0035g00000LkT2bAAF/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000AbCdEAAV%2Fview',
      'https://northwind.lightning.force.com/lightning/setup/SetupOneHome/home',
      'https://northwind.my.salesforce.com/5005g00000Qm7Xy',
    ],
  },
  freshdesk: {
    ticketUrls: [
      'https://northwind.freshdesk.com/a/tickets/5123',
      'https://northwind.freshdesk.com/a/tickets/5123?dev=true',
      'https://northwind.freshdesk.com/a/tickets/5123/',
      'https://northwind-eu.freshdesk.com/a/tickets/7',
    ],
    nonTicketUrls: [
      'https://northwind.freshdesk.com/a/tickets/filters/all_tickets',
      'https://northwind.freshdesk.com/a/tickets/filters/mentioned_tickets?orderBy=updated_at',
      'https://northwind.freshdesk.com/a/tickets/filters/103000285612',
      'https://northwind.freshdesk.com/a/tickets/new',
      'https://northwind.freshdesk.com/a/dashboard/default',
      'https://northwind.freshdesk.com/a/contacts/103004567821',
      'https://northwind.freshdesk.com/a/search/tickets?term=refund',
      'https://northwind.freshdesk.com/support/tickets/5123',
      'https://northwind.freshdesk.com/helpdesk/tickets/5123',
      'http://northwind.freshdesk.com/a/tickets/5123',
      'https://freshdesk.com.northwind-support.example/a/tickets/5123',
    ],
  },
};

/** The examples of one adapter; none for an adapter that has no entry here (the conventions test fails on it). */
export function urlExamplesOf(adapterId: string): UrlExamples {
  return urlExamples[adapterId] ?? { ticketUrls: [], nonTicketUrls: [] };
}
