import type { HistoryDb } from './db';
import { validRecords } from './records';
import { offerEventSchema, type OfferEvent } from './schema';

/** A card the agent keeps looking at is one showing: "shown" is counted again only after this long. */
const SHOWN_AGAIN_AFTER_MS = 12 * 3_600_000;

export type OfferAnswer = Pick<OfferEvent, 'customerId' | 'offerId' | 'kind'>;

/**
 * Records an agent's answer to an offer, or that it was shown. Returns false when a "shown" was
 * already recorded for the same customer and offer within twelve hours, so re-renders and
 * ticket switches do not inflate how often an offer was put before an agent.
 */
export async function recordOfferEvent(db: HistoryDb, answer: OfferAnswer, at: number): Promise<boolean> {
  const tx = db.transaction(['customers', 'offerEvents'], 'readwrite');
  // An event for a customer erased meanwhile ("forget this customer") is dropped, not orphaned.
  if ((await tx.objectStore('customers').count(answer.customerId)) === 0) {
    await tx.done;
    return false;
  }
  const events = tx.objectStore('offerEvents');
  if (answer.kind === 'shown') {
    const earlier = validRecords(
      offerEventSchema,
      await events.index('byCustomer').getAll(answer.customerId),
      'offerEvents',
    );
    const recently = earlier.some(
      (event) =>
        event.kind === 'shown' && event.offerId === answer.offerId && at - event.at < SHOWN_AGAIN_AFTER_MS,
    );
    if (recently) {
      await tx.done;
      return false;
    }
  }
  await events.put({ id: crypto.randomUUID(), ...answer, at });
  await tx.done;
  return true;
}

/** Every offer event in this browser, every customer's: the acceptance rate counts them all. */
export async function allOfferEvents(db: HistoryDb): Promise<OfferEvent[]> {
  return validRecords(offerEventSchema, await db.getAll('offerEvents'), 'offerEvents');
}
