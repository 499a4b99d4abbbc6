import {
  customerRecords,
  customerRecordStores,
  deleteCustomerRecords,
  interactionsOf,
} from './customer-records';
import { allHistoryStores, type HistoryDb, type HistoryTransaction } from './db';
import { validRecord, validRecords } from './records';
import {
  customerSchema,
  identitySchema,
  interactionSchema,
  mergeSchema,
  offerEventSchema,
  productSchema,
  type Customer,
  type Identity,
  type Interaction,
  type MergeRecord,
  type OfferEvent,
  type ProductOwned,
} from './schema';

const DAY = 24 * 60 * 60 * 1000;
export const DEFAULT_RETENTION_DAYS = 180;

/** Erases the customer and everything that names them, merge logs included. */
async function eraseCustomer(tx: HistoryTransaction, customerId: string): Promise<void> {
  await tx.objectStore('customers').delete(customerId);
  for (const store of [...customerRecordStores, 'merges'] as const) {
    await deleteCustomerRecords(tx, store, customerId);
  }
}

export interface PurgeResult {
  interactions: number;
  customers: number;
  merges: number;
}

/**
 * Deletes interactions last updated more than `retentionDays` ago, merge logs as old, and the
 * customers those interactions leave with nothing (no interaction and no product owned).
 */
export async function purgeExpired(
  db: HistoryDb,
  now = Date.now(),
  retentionDays = DEFAULT_RETENTION_DAYS,
): Promise<PurgeResult> {
  const cutoff = now - retentionDays * DAY;
  const tx = db.transaction(allHistoryStores, 'readwrite');
  const result: PurgeResult = { interactions: 0, customers: 0, merges: 0 };
  const affected = new Set<string>();
  const expired = IDBKeyRange.upperBound(cutoff, true);
  for (let cursor = await tx.objectStore('interactions').index('byUpdated').openCursor(expired); cursor;) {
    const interaction = validRecord(interactionSchema, cursor.value, 'interactions');
    if (interaction) affected.add(interaction.customerId);
    await cursor.delete();
    result.interactions += 1;
    cursor = await cursor.continue();
  }
  for (let cursor = await tx.objectStore('merges').openCursor(); cursor; cursor = await cursor.continue()) {
    const merge = validRecord(mergeSchema, cursor.value, 'merges');
    if (merge && merge.at < cutoff) {
      await cursor.delete();
      result.merges += 1;
    }
  }
  for (const customerId of affected) {
    const [interactionsLeft, productsLeft] = await Promise.all([
      tx.objectStore('interactions').index('byCustomerUpdated').count(interactionsOf(customerId)),
      tx.objectStore('products').index('byCustomer').count(customerId),
    ]);
    if (interactionsLeft === 0 && productsLeft === 0) {
      await eraseCustomer(tx, customerId);
      result.customers += 1;
    }
  }
  await tx.done;
  return result;
}

/** "Forget this customer": erases every record of them. */
export async function forgetCustomer(db: HistoryDb, customerId: string): Promise<void> {
  const tx = db.transaction(allHistoryStores, 'readwrite');
  await eraseCustomer(tx, customerId);
  await tx.done;
}

export interface CustomerExport {
  format: 'touchpoint-customer/1';
  exportedAt: string;
  customer: Customer | null;
  identities: Identity[];
  interactions: Interaction[];
  productsOwned: ProductOwned[];
  offerEvents: OfferEvent[];
  merges: MergeRecord[];
}

/** Everything stored about one customer, as one JSON-serialisable object (times in epoch ms). */
export async function exportCustomer(
  db: HistoryDb,
  customerId: string,
  now = Date.now(),
): Promise<CustomerExport> {
  const tx = db.transaction(allHistoryStores, 'readonly');
  const [customer, identities, interactions, products, offerEvents, merges] = await Promise.all([
    tx.objectStore('customers').get(customerId),
    customerRecords(tx, 'identities', customerId),
    customerRecords(tx, 'interactions', customerId),
    customerRecords(tx, 'products', customerId),
    customerRecords(tx, 'offerEvents', customerId),
    tx.objectStore('merges').index('byCustomer').getAll(customerId),
  ]);
  return {
    format: 'touchpoint-customer/1',
    exportedAt: new Date(now).toISOString(),
    customer: validRecord(customerSchema, customer, 'customers') ?? null,
    identities: validRecords(identitySchema, identities, 'identities'),
    interactions: validRecords(interactionSchema, interactions, 'interactions'),
    productsOwned: validRecords(productSchema, products, 'products'),
    offerEvents: validRecords(offerEventSchema, offerEvents, 'offerEvents'),
    merges: validRecords(mergeSchema, merges, 'merges'),
  };
}
