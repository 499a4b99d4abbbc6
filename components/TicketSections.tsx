import type { CustomerHistory } from '../lib/history/queries';
import type { ActivePackContent } from '../lib/packs/active-content';
import type { Snippet } from '../lib/packs/snippet-schema';
import type { TicketSnapshot } from '../lib/ticket/snapshot';
import { CountdownList } from './CountdownList';
import { CustomerPrivacy } from './CustomerPrivacy';
import { HistoryTimeline } from './HistoryTimeline';
import { KnowledgeSection } from './KnowledgeSection';
import { PanelSection } from './PanelSection';

export interface TicketSectionsProps {
  ticket: TicketSnapshot;
  /** When Touchpoint first saw the ticket in its tab (ms), for clocks the page gives no start for. */
  firstSeenAt: number;
  content: ActivePackContent;
  /** Undefined while the customer is being looked up. */
  history?: CustomerHistory;
  now: number;
  locale: string;
  helpdeskName: (helpdeskId: string) => string;
  agentName?: string;
  onInsert: (text: string, snippet: Snippet) => void;
  /** The JSON of everything stored about a customer. */
  onExportCustomer: (customerId: string) => Promise<string>;
  onForgetCustomer: (customerId: string) => Promise<void>;
}

/** The four sections beside the ticket, each filled from the packs and the customer history. */
export function TicketSections(props: TicketSectionsProps) {
  const { ticket, content, history, now } = props;
  const customer = history && { products: history.productsOwned, recentContacts: history.repeatContacts };
  return (
    <div class="ticket-sections">
      <PanelSection id="countdowns" title="Response standards">
        <CountdownList
          ticket={ticket}
          standards={content.standards}
          calendars={content.calendars}
          firstSeenAt={new Date(props.firstSeenAt).toISOString()}
          customer={customer}
          locale={props.locale}
        />
      </PanelSection>
      <PanelSection id="history" title="Customer history">
        {history ? (
          <>
            <HistoryTimeline history={history} now={now} helpdeskName={props.helpdeskName} />
            {history.customer && (
              <CustomerPrivacy
                customerName={history.customer.name ?? 'this customer'}
                onExport={() => props.onExportCustomer(history.customer!.id)}
                onForget={() => props.onForgetCustomer(history.customer!.id)}
              />
            )}
          </>
        ) : (
          <p class="section-empty">Looking up this customer…</p>
        )}
      </PanelSection>
      <PanelSection id="knowledge" title="Knowledge">
        <KnowledgeSection
          sources={content.knowledge}
          ticket={ticket}
          locale={props.locale}
          agentName={props.agentName}
          onInsert={props.onInsert}
        />
      </PanelSection>
      <PanelSection id="offers" title="Offers">
        <p class="section-empty">Next-best offers are not shown in this version yet.</p>
      </PanelSection>
    </div>
  );
}
