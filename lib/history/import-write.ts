import { customerRecords } from './customer-records';
import { allHistoryStores, type HistoryDb, type HistoryTransaction } from './db';
import { IMPORT_SOURCE } from './import-format';
import type { CustomerImport } from './import-plan';
import type { ImportCounts } from './import-report';
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

/**
 * Requests started in one go. A transaction cannot wait for a timer (it commits as soon as no
 * request is pending), so the page gets its turns while a burst's requests are answered; a
 * burst must stay small enough that starting it is a short task.
 */
const BURST = 100;
/** Keys read per request when listing a store. */
const KEY_PAGE = 10_000;

export type WriteCounts = Omit<ImportCounts, 'rowsRead'>;

type Request = () => Promise<unknown>;

const keyId = (key: readonly string[]) => key.join('\u0000');
const identityId = ({ kind, value }: IdentityKey) => keyId([kind, value]);

/** Starts the requests a burst at a time, building each burst only when the one before is answered. */
async function inBursts(requests: Iterable<Request>): Promise<void> {
  let burst: Promise<unknown>[] = [];
  for (const request of requests) {
    // A request that throws as it starts becomes a rejection among the others, so that every
    // one started is awaited (and none is left to fail unhandled once the transaction aborts).
    burst.push(new Promise((resolve) => resolve(request())));
    if (burst.length === BURST) {
      await Promise.all(burst);
      burst = [];
    }
  }
  await Promise.all(burst);
}

/** The stored records of `keys` that exist, found with one listing of the store's keys rather than a read per key. */
async function storedRecords(
  tx: HistoryTransaction,
  store: 'identities' | 'interactions',
  keys: [string, string][],
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
  await inBursts(
    keys
      .filter((key) => existing.has(keyId(key)))
      .map((key) => async () => found.set(keyId(key), await tx.objectStore(store).get(key))),
  );
  return found;
}

/** Who owned each of the file's identities before the import. */
async function ownersBefore(
  tx: HistoryTransaction,
  customers: CustomerImport[],
): Promise<Map<string, string>> {
  const keys = customers.flatMap(({ identities }) =>
    identities.map(({ kind, value }): [string, string] => [kind, value]),
  );
  const owners = new Map<string, string>();
  for (const [id, value] of await storedRecords(tx, 'identities', keys)) {
    const identity = validRecord(identitySchema, value, 'identities');
    if (identity) owners.set(id, identity.customerId);
  }
  return owners;
}

/** When each ticket of the file already stored was last updated. */
async function storedUpdates(
  tx: HistoryTransaction,
  customers: CustomerImport[],
): Promise<Map<string, number>> {
  const keys = customers.flatMap(({ interactions }) =>
    interactions.map(({ helpdesk, ticketId }): [string, string] => [helpdesk, ticketId]),
  );
  const updates = new Map<string, number>();
  for (const [id, value] of await storedRecords(tx, 'interactions', keys)) {
    const interaction = validRecord(interactionSchema, value, 'interactions');
    if (interaction) updates.set(id, interaction.updatedAt);
  }
  return updates;
}

/**
 * Splits the customers into those whose identities are new and theirs alone in the file, and
 * those that may merge with a known customer or with each other: the latter go through
 * `resolveCustomer` one after the other, so each merge is logged and sees the one before.
 */
function byEntanglement(customers: CustomerImport[], owners: Map<string, string>) {
  const uses = new Map<string, number>();
  for (const identity of customers.flatMap(({ identities }) => identities)) {
    uses.set(identityId(identity), (uses.get(identityId(identity)) ?? 0) + 1);
  }
  const isApart = ({ identities }: CustomerImport) =>
    identities.every((identity) => !owners.has(identityId(identity)) && uses.get(identityId(identity)) === 1);
  return { apart: customers.filter(isApart), entangled: customers.filter((customer) => !isApart(customer)) };
}

interface Tally {
  /** Customers `resolveCustomer` created or found, by whether they were known before. */
  created: Set<string>;
  updated: Set<string>;
  purchases: number;
  interactions: number;
}

/** The requests writing a customer's purchases and the interactions fresher than those stored. */
function recordRequests(
  tx: HistoryTransaction,
  customer: CustomerImport,
  customerId: string,
  skip: { products: { productId: string; since?: number }[]; updates: Map<string, number> },
  tally: Tally,
): Request[] {
  const purchases = customer.purchases.filter(
    ({ productId, since }) =>
      !skip.products.some((owned) => owned.productId === productId && owned.since === since),
  );
  // A ticket viewed since the export was taken is fresher than the file: keep it.
  const interactions = customer.interactions.filter(
    ({ helpdesk, ticketId, updatedAt }) =>
      (skip.updates.get(keyId([helpdesk, ticketId])) ?? updatedAt) <= updatedAt,
  );
  tally.purchases += purchases.length;
  tally.interactions += interactions.length;
  return [
    ...purchases.map(
      (purchase) => () =>
        tx.objectStore('products').put({ id: crypto.randomUUID(), customerId, ...purchase }),
    ),
    ...interactions.map(
      (interaction) => () => tx.objectStore('interactions').put({ ...interaction, customerId }),
    ),
  ];
}

/**
 * What `resolveCustomer` stores for identities nobody owns (a new customer holding them),
 * written without its per-identity reads: ownership was read for the whole file at once.
 */
function newCustomerRequests(
  tx: HistoryTransaction,
  customer: CustomerImport,
  at: number,
): [string, Request[]] {
  const record: Customer = {
    id: crypto.randomUUID(),
    createdAt: at,
    ...(customer.name ? { name: customer.name } : {}),
  };
  const seenOn = { helpdesk: IMPORT_SOURCE, ticketId: customer.ref };
  const identities = customer.identities.map((identity): Identity => ({
    ...identity,
    customerId: record.id,
    firstSeenAt: at,
    seenOn,
  }));
  return [
    record.id,
    [
      () => tx.objectStore('customers').put(customerSchema.parse(record)),
      ...identities.map((identity) => () => tx.objectStore('identities').put(identitySchema.parse(identity))),
    ],
  ];
}

async function writeAll(
  tx: HistoryTransaction,
  customers: CustomerImport[],
  at: number,
): Promise<WriteCounts> {
  const owners = await ownersBefore(tx, customers);
  const updates = await storedUpdates(tx, customers);
  const { apart, entangled } = byEntanglement(customers, owners);
  const tally: Tally = { created: new Set(), updated: new Set(), purchases: 0, interactions: 0 };

  const apartRequests = function* () {
    for (const customer of apart) {
      const [customerId, requests] = newCustomerRequests(tx, customer, at);
      yield* requests;
      yield* recordRequests(tx, customer, customerId, { products: [], updates }, tally);
    }
  };
  await inBursts(apartRequests());
  for (const customer of entangled) {
    const seenOn = { helpdesk: IMPORT_SOURCE, ticketId: customer.ref };
    const customerId = await resolveCustomer(tx, customer.identities, { seenOn, name: customer.name, at });
    const known = customer.identities.some((identity) => owners.get(identityId(identity)) === customerId);
    (known ? tally.updated : tally.created).add(customerId);
    const products = known
      ? validRecords(productSchema, await customerRecords(tx, 'products', customerId), 'products')
      : [];
    await inBursts(recordRequests(tx, customer, customerId, { products, updates }, tally));
  }

  // A customer merged into another later in the file is counted once, as the one that remains.
  const remaining = async (ids: Set<string>) => {
    let count = 0;
    await inBursts([...ids].map((id) => async () => (count += await tx.objectStore('customers').count(id))));
    return count;
  };
  return {
    customersCreated: apart.length + (await remaining(tally.created)),
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
 * upgrade, so a swap would need schema changes, and Chromium holds 160,000 writes in one
 * transaction without slowing down (bench/history.ts). Other writers (the recorder) wait
 * until it commits.
 */
export async function writeImport(
  db: HistoryDb,
  customers: CustomerImport[],
  at: number,
): Promise<WriteCounts> {
  const tx = db.transaction(allHistoryStores, 'readwrite');
  try {
    const counts = await writeAll(tx, customers, at);
    await tx.done;
    return counts;
  } catch (error) {
    await rollBack(tx);
    throw error;
  }
}
