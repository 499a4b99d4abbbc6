import { useEffect, useState } from 'preact/hooks';

import { useStoredItem } from '../../components/use-stored-item';
import { historyDb, historyRecordedAtItem } from '../../lib/history/history-service';
import { customerHistory, type CustomerHistory } from '../../lib/history/queries';
import { historySettingsItem } from '../../lib/settings/history-settings';
import type { TicketSnapshot } from '../../lib/ticket/snapshot';

/** What identifies a ticket's customer lookup: a new snapshot object of the same ticket is no reason to look again. */
function lookupKey(ticket: TicketSnapshot): string {
  return JSON.stringify([ticket.helpdesk, ticket.ticketId, ticket.requester]);
}

/**
 * The customer history of the ticket on screen, looked up again whenever the ticket changes or
 * the background records something. The panel only reads the database; the background writes it.
 */
export function useCustomerHistory(ticket: TicketSnapshot | undefined): CustomerHistory | undefined {
  const recordedAt = useStoredItem(historyRecordedAtItem);
  const settings = useStoredItem(historySettingsItem);
  const [found, setFound] = useState<{ key: string; history: CustomerHistory }>();
  const key = ticket ? lookupKey(ticket) : undefined;

  useEffect(() => {
    if (!ticket || !key || !settings) return;
    let current = true;
    historyDb()
      .then((db) => customerHistory(db, ticket, { now: Date.now(), defaultCountry: settings.defaultCountry }))
      .then(
        (history) => {
          if (current) setFound({ key, history });
        },
        (error: unknown) => console.error('Touchpoint: could not read the customer history:', error),
      );
    return () => {
      current = false;
    };
    // `ticket` is read through `key`: the same ticket re-read is not a new lookup.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the ticket's identity, not the object
  }, [key, settings, recordedAt]);

  // Never show one ticket's customer beside another ticket.
  return found && found.key === key ? found.history : undefined;
}
