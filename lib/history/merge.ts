import type { z } from 'zod';

import { ticketReference } from '../ticket/labels';
import { customerRecords, type CustomerRecordStore } from './customer-records';
import { allHistoryStores, type HistoryDb, type HistoryTransaction } from './db';
import { describeIdentity } from './identity';
import { validRecord, validRecords } from './records';
import {
  customerSchema,
  identitySchema,
  interactionSchema,
  mergeSchema,
  offerEventSchema,
  productSchema,
  type Customer,
  type IdentityKey,
  type MergeRecord,
  type TicketRef,
} from './schema';

/** Gives the absorbed customer's records of one store to the survivor; returns what moved. */
async function reassign<T extends { customerId: string }>(
  tx: HistoryTransaction,
  store: CustomerRecordStore,
  schema: z.ZodType<T>,
  from: string,
  to: string,
): Promise<T[]> {
  const records = validRecords(schema, await customerRecords(tx, store, from), store);
  await Promise.all(records.map((record) => tx.objectStore(store).put({ ...record, customerId: to })));
  return records;
}

/**
 * Makes `absorbed` part of `survivorId`: every identity, interaction, product and offer event
 * moves over, and the merge log keeps which ones did, so `undoMerge` can give them back.
 */
export async function mergeCustomers(
  tx: HistoryTransaction,
  merge: { survivorId: string; absorbed: Customer; linkedBy: IdentityKey; seenOn: TicketRef; at: number },
): Promise<MergeRecord> {
  const { survivorId, absorbed } = merge;
  const identities = await reassign(tx, 'identities', identitySchema, absorbed.id, survivorId);
  const interactions = await reassign(tx, 'interactions', interactionSchema, absorbed.id, survivorId);
  const products = await reassign(tx, 'products', productSchema, absorbed.id, survivorId);
  const offerEvents = await reassign(tx, 'offerEvents', offerEventSchema, absorbed.id, survivorId);
  const record: MergeRecord = {
    ...merge,
    id: crypto.randomUUID(),
    customerIds: [survivorId, absorbed.id],
    moved: {
      identities: identities.map(({ kind, value }) => ({ kind, value })),
      interactions: interactions.map(({ helpdesk, ticketId }) => [helpdesk, ticketId]),
      products: products.map(({ id }) => id),
      offerEvents: offerEvents.map(({ id }) => id),
    },
  };
  await tx.objectStore('customers').delete(absorbed.id);
  await tx.objectStore('merges').put(record);
  return record;
}

/** Whether an agent undid a merge of these two customers: if so, they stay apart. */
export async function wasMergeUndone(tx: HistoryTransaction, a: string, b: string): Promise<boolean> {
  const merges = validRecords(
    mergeSchema,
    await tx.objectStore('merges').index('byCustomer').getAll(a),
    'merges',
  );
  return merges.some((merge) => merge.undoneAt !== undefined && merge.customerIds.includes(b));
}

/** "linked by phone +1 415 555 0143 on Zendesk #4530" */
export function explainMerge(merge: MergeRecord, helpdeskName: (helpdeskId: string) => string): string {
  const { helpdesk, ticketId } = merge.seenOn;
  return `linked by ${describeIdentity(merge.linkedBy)} on ${helpdeskName(helpdesk)} ${ticketReference(helpdesk, ticketId)}`;
}

export type UndoMergeResult =
  | { undone: true; customerIds: [string, string] }
  | { undone: false; reason: 'unknown-merge' | 'already-undone' | 'merged-again' };

/** Moves records back to the absorbed customer, unless they have changed hands since. */
async function giveBack<T extends { customerId: string }>(
  tx: HistoryTransaction,
  store: CustomerRecordStore,
  schema: z.ZodType<T>,
  stored: unknown[],
  merge: MergeRecord,
): Promise<void> {
  const records = validRecords(schema, stored, store).filter(
    ({ customerId }) => customerId === merge.survivorId,
  );
  await Promise.all(
    records.map((record) => tx.objectStore(store).put({ ...record, customerId: merge.absorbed.id })),
  );
}

/**
 * Restores both customers as they were before the merge: the absorbed customer comes back with
 * the identities, interactions, products and offer events that were theirs. What was recorded
 * after the merge stays with the survivor.
 */
export async function undoMerge(db: HistoryDb, mergeId: string, at = Date.now()): Promise<UndoMergeResult> {
  const tx = db.transaction(allHistoryStores, 'readwrite');
  const merge = validRecord(mergeSchema, await tx.objectStore('merges').get(mergeId), 'merges');
  if (!merge) return { undone: false, reason: 'unknown-merge' };
  if (merge.undoneAt !== undefined) return { undone: false, reason: 'already-undone' };
  const survivor = validRecord(
    customerSchema,
    await tx.objectStore('customers').get(merge.survivorId),
    'customers',
  );
  // The survivor was itself merged into someone since: that later merge must be undone first.
  if (!survivor) return { undone: false, reason: 'merged-again' };

  await tx.objectStore('customers').put(merge.absorbed);
  const { moved } = merge;
  const [identities, interactions, products, offerEvents] = await Promise.all([
    Promise.all(moved.identities.map(({ kind, value }) => tx.objectStore('identities').get([kind, value]))),
    Promise.all(moved.interactions.map((key) => tx.objectStore('interactions').get(key))),
    Promise.all(moved.products.map((key) => tx.objectStore('products').get(key))),
    Promise.all(moved.offerEvents.map((key) => tx.objectStore('offerEvents').get(key))),
  ]);
  await giveBack(tx, 'identities', identitySchema, identities, merge);
  await giveBack(tx, 'interactions', interactionSchema, interactions, merge);
  await giveBack(tx, 'products', productSchema, products, merge);
  await giveBack(tx, 'offerEvents', offerEventSchema, offerEvents, merge);
  await tx.objectStore('merges').put({ ...merge, undoneAt: at });
  await tx.done;
  return { undone: true, customerIds: [merge.survivorId, merge.absorbed.id] };
}
