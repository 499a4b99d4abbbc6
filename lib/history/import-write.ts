import { unwrap } from 'idb';

import { customerRecords } from './customer-records';
import { allHistoryStores, type HistoryDb, type HistoryTransaction } from './db';
import { IMPORT_SOURCE } from './import-format';
import type { CustomerImport } from './import-plan';
import { RequestPipeline } from './import-pipeline';
import type { ImportCounts } from './import-report';
import { TaskSlicer } from './import-yield';
import { validRecord, validRecords } from './records';
import { resolveCustomer } from './resolve';
import {
  customerSchema,
  identitySchema,
  interactionSchema,
  productSchema,
  type Customer,
  type Identity,
  type IdentityKey,
} from './schema';

/** Keys read per request when listing a store: a page is one short task to decode and note. */
const KEY_PAGE = 2_000;

export type WriteCounts = Omit<ImportCounts, 'rowsRead'>;

const keyId = (key: readonly string[]) => key.join('\u0000');
const identityId = ({ kind, value }: IdentityKey) => keyId([kind, value]);

/** How many of the file's customers list each identity, worked out before the transaction with the page given turns. */
async function identityUses(customers: CustomerImport[]): Promise<Map<string, number>> {
  const slicer = new TaskSlicer();
  const uses = new Map<string, number>();
  for (const { identities } of customers) {
    for (const identity of identities) {
      const id = identityId(identity);
      uses.set(id, (uses.get(id) ?? 0) + 1);
    }
    await slicer.pause();
  }
  slicer.close();
  return uses;
}

function* identityKeys(customers: CustomerImport[]): Generator<[string, string]> {
  for (const { identities } of customers) for (const { kind, value } of identities) yield [kind, value];
}

function* ticketKeys(customers: CustomerImport[]): Generator<[string, string]> {
  for (const { interactions } of customers)
    for (const { helpdesk, ticketId } of interactions) yield [helpdesk, ticketId];
}

/**
 * The stored records of `keys` that exist, found with one listing of the store's keys (a page
 * per task) rather than a read per key; an empty store needs no more than that.
 */
async function storedRecords(
  tx: HistoryTransaction,
  pipeline: RequestPipeline,
  store: 'identities' | 'interactions',
  keys: Iterable<[string, string]>,
): Promise<Map<string, unknown>> {
  const existing = new Set<string>();
  for (let after: [string, string] | undefined, more = true; more;) {
    const page = await tx
      .objectStore(store)
      .getAllKeys(after && IDBKeyRange.lowerBound(after, true), KEY_PAGE);
    page.forEach((key) => existing.add(keyId(key)));
    after = page.at(-1);
    more = page.length === KEY_PAGE;
  }
  const found = new Map<string, unknown>();
  if (existing.size === 0) return found;
  const raw = unwrap(tx).objectStore(store);
  for (const key of keys) {
    const id = keyId(key);
    if (existing.has(id)) pipeline.read(raw.get(key), (value) => found.set(id, value));
    await pipeline.pause();
  }
  await pipeline.drain();
  return found;
}

/** Who owned each of the file's identities before the import. */
async function ownersBefore(
  tx: HistoryTransaction,
  pipeline: RequestPipeline,
  customers: CustomerImport[],
): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  for (const [id, value] of await storedRecords(tx, pipeline, 'identities', identityKeys(customers))) {
    const identity = validRecord(identitySchema, value, 'identities');
    if (identity) owners.set(id, identity.customerId);
    await pipeline.pause();
  }
  return owners;
}

/** When each ticket of the file already stored was last updated. */
async function storedUpdates(
  tx: HistoryTransaction,
  pipeline: RequestPipeline,
  customers: CustomerImport[],
): Promise<Map<string, number>> {
  const updates = new Map<string, number>();
  for (const [id, value] of await storedRecords(tx, pipeline, 'interactions', ticketKeys(customers))) {
    const interaction = validRecord(interactionSchema, value, 'interactions');
    if (interaction) updates.set(id, interaction.updatedAt);
    await pipeline.pause();
  }
  return updates;
}

/**
 * Whether the customer's identities are new and theirs alone in the file: then it is written as
 * a new customer at once; otherwise it may merge with a known customer or with another of the
 * file, and goes through `resolveCustomer`, after the others, so each merge is logged and sees
 * the one before.
 */
function isApart({ identities }: CustomerImport, owners: Map<string, string>, uses: Map<string, number>) {
  return identities.every((identity) => {
    const id = identityId(identity);
    return !owners.has(id) && uses.get(id) === 1;
  });
}

interface Tally {
  /** Customers `resolveCustomer` created or found, by whether they were known before. */
  created: Set<string>;
  updated: Set<string>;
  purchases: number;
  interactions: number;
}

/** Writes a customer's purchases and the interactions fresher than those stored. */
function writeRecords(
  pipeline: RequestPipeline,
  customer: CustomerImport,
  customerId: string,
  skip: { products: { productId: string; since?: number }[]; updates: Map<string, number> },
  tally: Tally,
): void {
  for (const purchase of customer.purchases) {
    const owned = skip.products.some(
      ({ productId, since }) => productId === purchase.productId && since === purchase.since,
    );
    if (owned) continue;
    pipeline.put('products', { id: crypto.randomUUID(), customerId, ...purchase });
    tally.purchases += 1;
  }
  for (const interaction of customer.interactions) {
    // A ticket viewed since the export was taken is fresher than the file: keep it.
    const stored = skip.updates.get(keyId([interaction.helpdesk, interaction.ticketId]));
    if (stored !== undefined && stored > interaction.updatedAt) continue;
    pipeline.put('interactions', { ...interaction, customerId });
    tally.interactions += 1;
  }
}

/**
 * What `resolveCustomer` stores for identities nobody owns (a new customer holding them),
 * written without its per-identity reads: ownership was read for the whole file at once.
 */
function writeNewCustomer(pipeline: RequestPipeline, customer: CustomerImport, at: number): string {
  const record: Customer = {
    id: crypto.randomUUID(),
    createdAt: at,
    ...(customer.name ? { name: customer.name } : {}),
  };
  pipeline.put('customers', customerSchema.parse(record));
  const seenOn = { helpdesk: IMPORT_SOURCE, ticketId: customer.ref };
  for (const identity of customer.identities) {
    const stored: Identity = { ...identity, customerId: record.id, firstSeenAt: at, seenOn };
    pipeline.put('identities', identitySchema.parse(stored));
  }
  return record.id;
}

async function writeAll(
  tx: HistoryTransaction,
  pipeline: RequestPipeline,
  customers: CustomerImport[],
  uses: Map<string, number>,
  at: number,
): Promise<WriteCounts> {
  const owners = await ownersBefore(tx, pipeline, customers);
  const updates = await storedUpdates(tx, pipeline, customers);
  const tally: Tally = { created: new Set(), updated: new Set(), purchases: 0, interactions: 0 };

  const entangled: CustomerImport[] = [];
  for (const customer of customers) {
    if (isApart(customer, owners, uses)) {
      const customerId = writeNewCustomer(pipeline, customer, at);
      writeRecords(pipeline, customer, customerId, { products: [], updates }, tally);
    } else entangled.push(customer);
    await pipeline.pause();
  }
  for (const customer of entangled) {
    const seenOn = { helpdesk: IMPORT_SOURCE, ticketId: customer.ref };
    const customerId = await resolveCustomer(tx, customer.identities, { seenOn, name: customer.name, at });
    const known = customer.identities.some((identity) => owners.get(identityId(identity)) === customerId);
    (known ? tally.updated : tally.created).add(customerId);
    const products = known
      ? validRecords(productSchema, await customerRecords(tx, 'products', customerId), 'products')
      : [];
    writeRecords(pipeline, customer, customerId, { products, updates }, tally);
    await pipeline.pause();
  }

  // A customer merged into another later in the file is counted once, as the one that remains.
  const remaining = async (ids: Set<string>) => {
    let count = 0;
    const store = unwrap(tx).objectStore('customers');
    for (const id of ids) {
      pipeline.read(store.count(id), (found) => (count += found));
      await pipeline.pause();
    }
    await pipeline.drain();
    return count;
  };
  const apart = customers.length - entangled.length;
  return {
    customersCreated: apart + (await remaining(tally.created)),
    customersUpdated: await remaining(tally.updated),
    purchases: tally.purchases,
    interactions: tally.interactions,
  };
}

/** Undoes everything the transaction wrote, and waits until the stores are as they were. */
async function rollBack(tx: HistoryTransaction): Promise<void> {
  try {
    tx.abort();
  } catch {
    // The failure itself already aborted (or failed to commit) the transaction.
  }
  await tx.done.catch(() => undefined);
}

/**
 * Writes the checked customers in one transaction over every history store: all of it is
 * stored, or (on any failure, a full disk included) none of it. One transaction rather than
 * batches through a staging store: IndexedDB can create or rename stores only in a version
 * upgrade, so a swap would need schema changes. The transaction is kept busy while the page
 * has its turns (import-pipeline.ts), and other writers (the recorder) wait until it commits.
 */
export async function writeImport(
  db: HistoryDb,
  customers: CustomerImport[],
  at: number,
): Promise<WriteCounts> {
  const uses = await identityUses(customers);
  const tx = db.transaction(allHistoryStores, 'readwrite');
  // A failed request aborts the transaction while the writer may be waiting on another one:
  // its `done` is awaited below, or in `rollBack`, but must not count as unhandled meanwhile.
  tx.done.catch(() => undefined);
  // The first request to fail is what made the transaction abort: reported rather than the
  // AbortError of the requests it took down with it.
  let failure: unknown;
  unwrap(tx).addEventListener('error', (event) => {
    failure ??= event.target instanceof IDBRequest ? event.target.error : undefined;
  });
  try {
    const counts = await writeAll(tx, new RequestPipeline(unwrap(tx)), customers, uses, at);
    await tx.done;
    return counts;
  } catch (error) {
    const cause = failure ?? error;
    await rollBack(tx);
    throw cause;
  }
}
