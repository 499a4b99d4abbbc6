import { useCallback, useMemo } from 'preact/hooks';

import type { OfferEventReport, PanelActivity } from '../lib/messages';
import type { Snippet } from '../lib/packs/snippet-schema';
import type { CustomerHistory } from '../lib/history/queries';
import type { OfferEvent } from '../lib/history/schema';
import { placeholderValuesFor } from '../lib/knowledge/placeholders';
import { selectOffers, tallyOfferEvents, type OfferSelection } from '../lib/offers';
import type { ActivePackContent } from '../lib/packs/active-content';
import { countdownsFor } from '../lib/standards/countdown';
import type { TicketSnapshot } from '../lib/ticket/snapshot';
import { CountdownList } from './CountdownList';
import { CustomerPrivacy } from './CustomerPrivacy';
import { HistoryTimeline } from './HistoryTimeline';
import { KnowledgeSection } from './KnowledgeSection';
import { OffersSection } from './OffersSection';
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
  /** Every offer shown or answered in this browser; undefined until read. */
  offerEvents?: readonly OfferEvent[];
  onInsert: (text: string) => void;
  onOfferEvent: (event: OfferEventReport) => void;
  /** What the agent did with the knowledge, for "My day" and the team lead's reports. */
  onActivity: (activity: PanelActivity) => void;
  /** The JSON of everything stored about a customer. */
  onExportCustomer: (customerId: string) => Promise<string>;
  onForgetCustomer: (customerId: string) => Promise<void>;
}

function useOfferSelection(props: TicketSectionsProps): OfferSelection | undefined {
  const { ticket, content, history, offerEvents, now, firstSeenAt } = props;
  return useMemo(() => {
    if (!history || !offerEvents) return undefined;
    const facts = { products: history.productsOwned, recentContacts: history.repeatContacts };
    const { standard, countdowns } = countdownsFor({
      ticket,
      standards: content.standards,
      calendars: content.calendars,
      now,
      firstSeenAt: new Date(firstSeenAt).toISOString(),
      customer: history.customer && facts,
    });
    const breached = countdowns.some((countdown) => countdown.state === 'breached');
    return selectOffers(content.offers, {
      ticket,
      customer: history.customer && { id: history.customer.id, ...facts },
      events: offerEvents,
      acceptance: tallyOfferEvents(offerEvents),
      breachedStandard: breached ? standard?.name : undefined,
      rules: content.offerRules,
      now,
    });
  }, [ticket, content, history, offerEvents, now, firstSeenAt]);
}

/** The four sections beside the ticket, each filled from the packs and the customer history. */
export function TicketSections(props: TicketSectionsProps) {
  const { ticket, content, history, now } = props;
  const customer = history && { products: history.productsOwned, recentContacts: history.repeatContacts };
  const offers = useOfferSelection(props);
  const customerId = history?.customer?.id;
  const ticketRef = { helpdesk: ticket.helpdesk, ticketId: ticket.ticketId };
  const packOf = useMemo(
    () =>
      new Map(
        content.knowledge.flatMap(({ packId, snippets }) => snippets.map((snippet) => [snippet, packId])),
      ),
    [content],
  );
  const { onActivity } = props;
  const onSearchEmpty = useCallback(
    (query: string) => onActivity({ kind: 'search-empty', query }),
    [onActivity],
  );
  const onMatched = (snippets: Snippet[]) => {
    const byPack = new Map<string, string[]>();
    for (const snippet of snippets) {
      const packId = packOf.get(snippet);
      if (packId !== undefined) byPack.set(packId, [...(byPack.get(packId) ?? []), snippet.id]);
    }
    for (const [packId, snippetIds] of byPack) onActivity({ kind: 'snippet-matched', packId, snippetIds });
  };
  const onInsertSnippet = (text: string, snippet: Snippet) => {
    props.onInsert(text);
    const packId = packOf.get(snippet);
    if (packId === undefined) return;
    onActivity({
      kind: 'snippet-inserted',
      ...ticketRef,
      channel: ticket.channel,
      packId,
      snippetId: snippet.id,
      snippetTitle: snippet.title,
    });
  };
  const values = useMemo(
    () => placeholderValuesFor(ticket, { name: props.agentName }),
    [ticket, props.agentName],
  );
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
            <HistoryTimeline
              history={history}
              now={now}
              helpdeskName={props.helpdeskName}
              productNames={content.productNames}
            />
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
          onInsert={onInsertSnippet}
          onMatched={onMatched}
          onSearchEmpty={onSearchEmpty}
          onFlag={(snippet, { flag, note, excerpt }) => {
            const packId = packOf.get(snippet);
            if (packId === undefined) return;
            onActivity({
              kind: 'snippet-flag',
              packId,
              snippetId: snippet.id,
              snippetTitle: snippet.title,
              flag,
              note,
              ...(excerpt ? { excerpt } : {}),
            });
          }}
          onPropose={(proposal) => onActivity({ kind: 'snippet-proposal', ...ticketRef, ...proposal })}
        />
      </PanelSection>
      <PanelSection id="offers" title="Offers">
        <OffersSection
          selection={offers}
          values={values}
          onShown={(shown) => {
            if (customerId === undefined) return;
            for (const { packId, offer } of shown) {
              props.onOfferEvent({ customerId, offerId: offer.id, kind: 'shown', packId, ticket: ticketRef });
            }
          }}
          onAccept={({ packId, offer }, pitch) => {
            props.onInsert(pitch);
            if (customerId !== undefined) {
              props.onOfferEvent({
                customerId,
                offerId: offer.id,
                kind: 'accepted',
                packId,
                ticket: ticketRef,
              });
            }
          }}
          onAnswer={({ packId, offer }, kind) => {
            if (customerId !== undefined) {
              props.onOfferEvent({ customerId, offerId: offer.id, kind, packId, ticket: ticketRef });
            }
          }}
        />
      </PanelSection>
    </div>
  );
}
