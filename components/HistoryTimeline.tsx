import { describeIdentity } from '../lib/history/identity';
import type { CustomerHistory } from '../lib/history/queries';
import { HistoryContact } from './HistoryContact';

export interface HistoryTimelineProps {
  history: CustomerHistory;
  now: number;
  helpdeskName: (helpdeskId: string) => string;
  /** Product names from the packs' catalogues; a product no pack names shows by its id. */
  productNames?: ReadonlyMap<string, string>;
}

const noEarlierContacts = 'No earlier contacts with this customer are recorded in this browser yet.';

function ordinal(count: number): string {
  const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${count}${suffixes[new Intl.PluralRules('en', { type: 'ordinal' }).select(count)] ?? 'th'}`;
}

/** The customer's earlier contacts across channels and helpdesks, newest first, and what they own. */
export function HistoryTimeline({ history, now, helpdeskName, productNames }: HistoryTimelineProps) {
  const { customer, interactions, productsOwned, repeatContacts } = history;
  if (!customer) {
    return (
      <p class="section-empty">
        {history.requesterIdentified
          ? noEarlierContacts
          : 'This ticket shows no email, phone number or handle for the requester, so their earlier contacts cannot be looked up.'}
      </p>
    );
  }
  return (
    <div class="history">
      {customer.identities.length > 0 && (
        <p class="customer-identities">Known by {customer.identities.map(describeIdentity).join(', ')}</p>
      )}
      {repeatContacts >= 2 && <p class="repeat-contacts">{ordinal(repeatContacts)} contact in 30 days</p>}
      {interactions.length === 0 ? (
        <p class="section-empty">{noEarlierContacts}</p>
      ) : (
        <ol class="history-timeline" aria-label="Earlier contacts, newest first">
          {interactions.map((interaction) => (
            <HistoryContact
              key={`${interaction.helpdesk}:${interaction.ticketId}`}
              interaction={interaction}
              now={now}
              helpdeskName={helpdeskName}
            />
          ))}
        </ol>
      )}
      {productsOwned.length > 0 && (
        <>
          <h3 id="products-owned-title">Products owned</h3>
          <ul class="products-owned" aria-labelledby="products-owned-title">
            {productsOwned.map((product) => (
              <li key={product}>{productNames?.get(product) ?? product}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
