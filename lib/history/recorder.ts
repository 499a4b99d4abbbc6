import type { TicketSnapshot } from '../ticket/snapshot';
import { allHistoryStores, type HistoryDb } from './db';
import { requesterIdentities, type IdentityOptions } from './identity';
import { interactionFrom, sameInteraction } from './interaction';
import { validRecord } from './records';
import { resolveCustomer } from './resolve';
import { customerSchema, identitySchema, interactionSchema, type IdentityKey } from './schema';

/**
 * The customer of a ticket already recorded exactly as this reading shows it, found with reads
 * alone: the hub calls `recordTicket` on every reading, and nearly all of them change nothing.
 */
async function unchangedCustomer(
  db: HistoryDb,
  ticket: TicketSnapshot,
  identities: IdentityKey[],
  seenAt: number,
): Promise<string | undefined> {
  const tx = db.transaction(['interactions', 'identities', 'customers'], 'readonly');
  const stored = validRecord(
    interactionSchema,
    await tx.objectStore('interactions').get([ticket.helpdesk, ticket.ticketId]),
    'interactions',
  );
  if (!stored || !sameInteraction(stored, interactionFrom(ticket, stored.customerId, seenAt, stored))) {
    return undefined;
  }
  const [customer, ...owners] = await Promise.all([
    tx.objectStore('customers').get(stored.customerId),
    ...identities.map(({ kind, value }) => tx.objectStore('identities').get([kind, value])),
  ]);
  const known = validRecord(customerSchema, customer, 'customers');
  const nameMissing = !known?.name && Boolean(ticket.requester.name?.trim());
  const allLinked = owners.every(
    (owner) => validRecord(identitySchema, owner, 'identities')?.customerId === stored.customerId,
  );
  return known && !nameMissing && allLinked ? stored.customerId : undefined;
}

/**
 * Records one reading of a ticket: resolves its customer from the requester's identities and
 * stores the interaction, or updates it when the ticket changed. Idempotent; returns the
 * customer's id, or `undefined` when the ticket names no requester identity and was never
 * recorded (there is no one to attach it to).
 */
export async function recordTicket(
  db: HistoryDb,
  ticket: TicketSnapshot,
  seenAt: number,
  options: IdentityOptions = {},
): Promise<string | undefined> {
  const identities = requesterIdentities(ticket.helpdesk, ticket.requester, options);
  const unchanged = await unchangedCustomer(db, ticket, identities, seenAt);
  if (unchanged) return unchanged;

  // One transaction from read to write, so two readings at once cannot create two customers.
  const tx = db.transaction(allHistoryStores, 'readwrite');
  const interactions = tx.objectStore('interactions');
  const stored = validRecord(
    interactionSchema,
    await interactions.get([ticket.helpdesk, ticket.ticketId]),
    'interactions',
  );
  const seenOn = { helpdesk: ticket.helpdesk, ticketId: ticket.ticketId };
  const customerId =
    identities.length > 0
      ? await resolveCustomer(tx, identities, { seenOn, name: ticket.requester.name, at: seenAt })
      : stored?.customerId;
  if (customerId !== undefined) {
    const next = interactionFrom(ticket, customerId, seenAt, stored);
    if (!stored || !sameInteraction(stored, next)) await interactions.put(next);
  }
  await tx.done;
  return customerId;
}
