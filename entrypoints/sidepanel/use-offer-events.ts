import { useEffect, useState } from 'preact/hooks';

import { useStoredItem } from '../../components/use-stored-item';
import { historyDb, historyRecordedAtItem } from '../../lib/history/history-service';
import { allOfferEvents } from '../../lib/history/offer-events';
import type { OfferEvent } from '../../lib/history/schema';

/**
 * Every offer event in this browser, read again whenever the background records something
 * (an answer from this panel or another). Undefined until first read.
 */
export function useOfferEvents(): readonly OfferEvent[] | undefined {
  const recordedAt = useStoredItem(historyRecordedAtItem);
  const [events, setEvents] = useState<readonly OfferEvent[]>();

  useEffect(() => {
    let current = true;
    historyDb()
      .then(allOfferEvents)
      .then(
        (read) => {
          if (current) setEvents(read);
        },
        (error: unknown) => console.error('Touchpoint: could not read the offer answers:', error),
      );
    return () => {
      current = false;
    };
  }, [recordedAt]);

  return events;
}
