import { useStoredItem } from '../../components/use-stored-item';
import { ticketTabsItem } from '../../lib/hub/ticket-tabs';
import type { ActivePackContent } from '../../lib/packs/active-content';
import { openDeadlines, type TicketDeadline } from '../../lib/standards/deadlines';

/** Every open ticket tab's nearest deadline, recomputed as tabs change and as `now` moves on. */
export function useDeadlineQueue(content: ActivePackContent, now: number): TicketDeadline[] {
  const tabs = useStoredItem(ticketTabsItem);
  return tabs ? openDeadlines(tabs, content, now) : [];
}
