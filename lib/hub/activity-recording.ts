import type { ActivityEvent } from '../activity/activity-event';
import { activityDb } from '../activity/activity-service';
import { recordActivity } from '../activity/event-log';
import type { OfferEvent } from '../history/schema';
import type { PanelActivity } from '../messages';
import type { PageReading } from '../ticket/page-reading';

type Unstamped = ActivityEvent extends infer Event
  ? Event extends ActivityEvent
    ? Omit<Event, 'id' | 'at'>
    : never
  : never;

async function record(event: Unstamped, at = Date.now()): Promise<void> {
  try {
    await recordActivity(await activityDb(), { ...event, id: crypto.randomUUID(), at } as ActivityEvent);
  } catch (error) {
    console.warn('Touchpoint: could not record the activity:', error);
  }
}

/** What the agent did in the panel, stamped here: the panel's clock and ids are not trusted. */
export function recordPanelActivity(event: PanelActivity): Promise<void> {
  return record(event);
}

/** A ticket a tab has just come to; re-readings of the same ticket are not new views. */
export async function recordTicketViewed(
  reading: PageReading,
  seenAt: number,
  { newTicket }: { newTicket: boolean },
): Promise<void> {
  if (reading.kind !== 'ticket' || !newTicket) return;
  const { helpdesk, ticketId, channel } = reading.snapshot;
  await record({ kind: 'ticket-viewed', helpdesk, ticketId, channel }, seenAt);
}

/** An offer shown or answered on a ticket; a showing the history did not count again is not logged either. */
export async function recordOfferActivity(
  offer: {
    offerId: string;
    kind: OfferEvent['kind'];
    packId: string;
    ticket: { helpdesk: string; ticketId: string };
  },
  countedInHistory: boolean,
): Promise<void> {
  if (offer.kind === 'shown' && !countedInHistory) return;
  await record({
    kind: 'offer',
    helpdesk: offer.ticket.helpdesk,
    ticketId: offer.ticket.ticketId,
    packId: offer.packId,
    offerId: offer.offerId,
    answer: offer.kind,
  });
}
