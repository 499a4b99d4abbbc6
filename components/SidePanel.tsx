import { unreadEssentials } from '../lib/diagnostics/essential-fields';
import type { OfferEventReport, PanelActivity } from '../lib/messages';
import type { CustomerHistory } from '../lib/history/queries';
import type { OfferEvent } from '../lib/history/schema';
import type { PanelView } from '../lib/hub/panel-view';
import type { ActivePackContent } from '../lib/packs/active-content';
import type { PackOverview } from '../lib/packs/pack-overview';
import { ticketReference } from '../lib/ticket/labels';
import type { TicketDeadline } from '../lib/standards/deadlines';
import { ContinuationBanner } from './ContinuationBanner';
import { DeadlineQueue } from './DeadlineQueue';
import { PanelFooter } from './PanelFooter';
import { PanelNotice } from './PanelNotice';
import { ReportThisPage, type PageReportActions } from './ReportThisPage';
import { TicketHeader } from './TicketHeader';
import { TicketSections } from './TicketSections';

export interface SidePanelProps {
  view: PanelView;
  /** The helpdesk's display name for a ticket view ("Zendesk"). */
  helpdeskName: (helpdeskId: string) => string;
  /** Every helpdesk the panel can follow, built-in and declared by a pack, by name. */
  helpdeskNames: readonly string[];
  content: ActivePackContent;
  history?: CustomerHistory;
  packOverview?: PackOverview;
  now: number;
  locale: string;
  /** The agent's name, for `{{agent.name}}` in snippets. */
  agentName?: string;
  /** Every offer shown or answered in this browser; undefined until read. */
  offerEvents?: readonly OfferEvent[];
  onInsert: (text: string) => void;
  onOfferEvent: (event: OfferEventReport) => void;
  onActivity: (activity: PanelActivity) => void;
  onExportCustomer: (customerId: string) => Promise<string>;
  onForgetCustomer: (customerId: string) => Promise<void>;
  /** Every open ticket tab's nearest deadline, for the queue. */
  deadlines: readonly TicketDeadline[];
  onOpenTab: (tabId: number) => void;
  /** What became of the last Insert ("Inserted into the reply", "Copied: …"). */
  insertStatus: string;
  /** "Report this page" when a page or its essential fields cannot be read; not offered without it. */
  pageReport?: PageReportActions;
}

/** "Zendesk, Salesforce or Freshdesk" (British style: no comma before "or"). */
const eitherOf = (names: readonly string[]) =>
  new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(names);

function ViewBody(props: SidePanelProps) {
  const { view } = props;
  switch (view.kind) {
    case 'no-helpdesk':
      return (
        <PanelNotice title={`Open a ticket in ${eitherOf(props.helpdeskNames)}`}>
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
          {props.pageReport && (
            <ReportThisPage key={view.tabId} tabId={view.tabId} missing={[]} actions={props.pageReport} />
          )}
        </PanelNotice>
      );
    case 'ticket': {
      const name = props.helpdeskName(view.snapshot.helpdesk);
      const continuation = props.history?.continuation;
      const missing = unreadEssentials(view.snapshot);
      return (
        <main class="ticket-view">
          <p class="visually-hidden" aria-live="polite">
            Showing {name} {ticketReference(view.snapshot.helpdesk, view.snapshot.ticketId)}
          </p>
          <TicketHeader ticket={view.snapshot} helpdeskName={name} overrides={view.overrides}>
            {props.pageReport && missing.length > 0 && (
              <ReportThisPage
                key={`${view.tabId}:${view.snapshot.helpdesk}:${view.snapshot.ticketId}`}
                tabId={view.tabId}
                missing={missing}
                actions={props.pageReport}
              />
            )}
          </TicketHeader>
          {continuation && (
            <ContinuationBanner
              continuation={continuation}
              now={props.now}
              helpdeskName={props.helpdeskName}
            />
          )}
          <TicketSections
            ticket={view.snapshot}
            firstSeenAt={view.firstSeenAt ?? props.now}
            content={props.content}
            history={props.history}
            now={props.now}
            locale={props.locale}
            helpdeskName={props.helpdeskName}
            agentName={props.agentName}
            offerEvents={props.offerEvents}
            onInsert={props.onInsert}
            onOfferEvent={props.onOfferEvent}
            onActivity={props.onActivity}
            onExportCustomer={props.onExportCustomer}
            onForgetCustomer={props.onForgetCustomer}
          />
          <p class="insert-status" role="status">
            {props.insertStatus}
          </p>
        </main>
      );
    }
  }
}

/** The whole panel for the window's active tab, with the pack status at its foot. */
export function SidePanel(props: SidePanelProps) {
  const { view } = props;
  return (
    <>
      <DeadlineQueue
        deadlines={props.deadlines}
        helpdeskName={props.helpdeskName}
        currentTabId={view.kind === 'ticket' ? view.tabId : undefined}
        onOpen={props.onOpenTab}
      />
      <ViewBody {...props} />
      {props.packOverview && <PanelFooter overview={props.packOverview} now={props.now} />}
    </>
  );
}
