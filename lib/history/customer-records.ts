import type { HistoryReadTransaction, HistoryTransaction } from './db';

/** The stores whose records each belong to one customer through their `customerId`. */
export type CustomerRecordStore = 'identities' | 'interactions' | 'products' | 'offerEvents';

export const customerRecordStores: CustomerRecordStore[] = [
  'identities',
  'interactions',
  'products',
  'offerEvents',
];

/** A customer's interactions in the `byCustomerUpdated` index, oldest first. */
export function interactionsOf(customerId: string): IDBKeyRange {
  return IDBKeyRange.bound([customerId, -Infinity], [customerId, Infinity]);
}

/** Everything `store` holds for the customer, unparsed: callers validate what they use. */
export function customerRecords(
  tx: HistoryReadTransaction,
  store: CustomerRecordStore,
  customerId: string,
): Promise<unknown[]> {
  return store === 'interactions'
    ? tx.objectStore(store).index('byCustomerUpdated').getAll(interactionsOf(customerId))
    : tx.objectStore(store).index('byCustomer').getAll(customerId);
}

/** Deletes everything `store` holds for the customer, readable or not; returns how many records. */
export async function deleteCustomerRecords(
  tx: HistoryTransaction,
  store: CustomerRecordStore | 'merges',
  customerId: string,
): Promise<number> {
  const keys =
    store === 'interactions'
      ? await tx.objectStore(store).index('byCustomerUpdated').getAllKeys(interactionsOf(customerId))
      : await tx.objectStore(store).index('byCustomer').getAllKeys(customerId);
  await Promise.all(keys.map((key) => tx.objectStore(store).delete(key)));
  return keys.length;
}
