import type { PanelView } from '../lib/hub/panel-view';
import { ticketReference } from '../lib/ticket/labels';
import { PanelNotice } from './PanelNotice';
import { TicketHeader } from './TicketHeader';
import { TicketSections } from './TicketSections';

export interface SidePanelProps {
  view: PanelView;
  /** The helpdesk's display name for a ticket view ("Zendesk"). */
  helpdeskName: (helpdeskId: string) => string;
}

/** The whole panel for the window's active tab. */
export function SidePanel({ view, helpdeskName }: SidePanelProps) {
  switch (view.kind) {
    case 'no-helpdesk':
      return (
        <PanelNotice title="Open a ticket in Zendesk or Salesforce">
          <p>
            Touchpoint follows the ticket in this window's active tab and shows its customer, knowledge and
            deadlines here.
          </p>
        </PanelNotice>
      );
    case 'waiting':
      return (
        <PanelNotice title={`Waiting for this ${view.helpdeskName} page`}>
          <p>
            If the tab was open before Touchpoint was installed or updated, reload it so Touchpoint can read
            it.
          </p>
        </PanelNotice>
      );
    case 'no-ticket':
      return (
        <PanelNotice title={`No ticket open in this ${view.helpdeskName} tab`}>
          <p>Open a ticket from a view or search and it appears here.</p>
        </PanelNotice>
      );
    case 'unreadable':
      return (
        <PanelNotice title={`Ticket not recognised on this ${view.helpdeskName} page`}>
          <p>{view.reason}</p>
          <p>Nothing from the previous ticket is shown, so nothing here can be mistaken for this one.</p>
        </PanelNotice>
      );
    case 'ticket': {
      const name = helpdeskName(view.snapshot.helpdesk);
      return (
        <main class="ticket-view">
          <p class="visually-hidden" aria-live="polite">
            Showing {name} {ticketReference(view.snapshot.helpdesk, view.snapshot.ticketId)}
          </p>
          <TicketHeader ticket={view.snapshot} helpdeskName={name} />
          <TicketSections />
        </main>
      );
    }
  }
}
