import type { TicketSnapshot } from '../ticket/snapshot';
import { findContinuation, type Continuation } from './continuation';
import { customerRecords } from './customer-records';
import type { HistoryDb, HistoryReadTransaction } from './db';
import { requesterIdentities, type IdentityOptions } from './identity';
import { validRecord, validRecords } from './records';
import {
  customerSchema,
  identitySchema,
  interactionSchema,
  productSchema,
  type IdentityKey,
  type Interaction,
} from './schema';

const REPEAT_WINDOW = 30 * 24 * 60 * 60 * 1000;

export interface CustomerHistory {
  /** Whether the ticket names the requester by email, phone, handle or helpdesk user at all. */
  requesterIdentified: boolean;
  customer?: { id: string; name?: string; identities: IdentityKey[] };
  /** The customer's other contacts, newest first, across channels and helpdesks. */
  interactions: Interaction[];
  productsOwned: string[];
  /** Contacts in the last 30 days, this ticket included. */
  repeatContacts: number;
  continuation?: Continuation;
}

async function customerIdOf(
  tx: HistoryReadTransaction,
  ticket: TicketSnapshot,
  identities: IdentityKey[],
): Promise<string | undefined> {
  for (const { kind, value } of identities) {
    const identity = validRecord(
      identitySchema,
      await tx.objectStore('identities').get([kind, value]),
      'identities',
    );
    if (identity) return identity.customerId;
  }
  if (identities.length > 0) return undefined;
  // A reading of a half-loaded page names no one: the ticket's recorded customer still applies.
  const recorded = await tx.objectStore('interactions').get([ticket.helpdesk, ticket.ticketId]);
  return validRecord(interactionSchema, recorded, 'interactions')?.customerId;
}

/**
 * What the panel shows about the ticket's customer. Every read is a key or index range lookup,
 * so its cost does not grow with the number of customers stored.
 */
export async function customerHistory(
  db: HistoryDb,
  ticket: TicketSnapshot,
  { now = Date.now(), ...options }: IdentityOptions & { now?: number } = {},
): Promise<CustomerHistory> {
  const identities = requesterIdentities(ticket.helpdesk, ticket.requester, options);
  const tx = db.transaction(['customers', 'identities', 'interactions', 'products'], 'readonly');
  const customerId = await customerIdOf(tx, ticket, identities);
  const stored =
    customerId === undefined
      ? undefined
      : validRecord(customerSchema, await tx.objectStore('customers').get(customerId), 'customers');
  const requesterIdentified = identities.length > 0;
  if (!stored) return { requesterIdentified, interactions: [], productsOwned: [], repeatContacts: 1 };

  const [identityRecords, interactionRecords, productRecords] = await Promise.all([
    customerRecords(tx, 'identities', stored.id),
    customerRecords(tx, 'interactions', stored.id),
    customerRecords(tx, 'products', stored.id),
  ]);
  const interactions = validRecords(interactionSchema, interactionRecords, 'interactions')
    .reverse()
    .filter(({ helpdesk, ticketId }) => helpdesk !== ticket.helpdesk || ticketId !== ticket.ticketId);
  const products = validRecords(productSchema, productRecords, 'products');
  return {
    requesterIdentified,
    customer: {
      id: stored.id,
      name: stored.name,
      identities: validRecords(identitySchema, identityRecords, 'identities').map(({ kind, value }) => ({
        kind,
        value,
      })),
    },
    interactions,
    productsOwned: [...new Set(products.map(({ productId }) => productId))],
    repeatContacts: 1 + interactions.filter(({ updatedAt }) => now - updatedAt <= REPEAT_WINDOW).length,
    continuation: findContinuation(ticket, interactions, now),
  };
}
