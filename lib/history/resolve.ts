import type { HistoryTransaction } from './db';
import { mergeCustomers, wasMergeUndone } from './merge';
import { validRecord } from './records';
import { customerSchema, identitySchema, type Customer, type IdentityKey, type TicketRef } from './schema';

/** Where and when the identities were seen together, and the name shown beside them. */
export interface Sighting {
  seenOn: TicketRef;
  name?: string;
  at: number;
}

async function ownerOf(tx: HistoryTransaction, { kind, value }: IdentityKey): Promise<string | undefined> {
  const stored = validRecord(
    identitySchema,
    await tx.objectStore('identities').get([kind, value]),
    'identities',
  );
  return stored?.customerId;
}

async function customersOwning(tx: HistoryTransaction, ownerIds: string[]): Promise<Customer[]> {
  const stored = await Promise.all(ownerIds.map((id) => tx.objectStore('customers').get(id)));
  return stored
    .flatMap((value) => validRecord(customerSchema, value, 'customers') ?? [])
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/**
 * The customer these identities belong to, linking them all to one customer. Identities seen
 * together on one ticket are one person: when they belong to several customers, the first
 * recorded absorbs the others (each merge logged, so it can be explained and undone), unless
 * an agent undid a merge of the same two before. Identities not yet known join the customer.
 */
export async function resolveCustomer(
  tx: HistoryTransaction,
  identities: IdentityKey[],
  { seenOn, name, at }: Sighting,
): Promise<string> {
  const owned = await Promise.all(
    identities.map(async (identity) => ({ identity, ownerId: await ownerOf(tx, identity) })),
  );
  const ownerIds = [...new Set(owned.flatMap(({ ownerId }) => ownerId ?? []))];
  const [oldest, ...others] = await customersOwning(tx, ownerIds);
  const customer: Customer = oldest ?? { id: crypto.randomUUID(), createdAt: at };

  const separate = new Set<string>();
  for (const other of others) {
    if (await wasMergeUndone(tx, customer.id, other.id)) {
      separate.add(other.id);
      continue;
    }
    const linkedBy = owned.find(({ ownerId }) => ownerId === other.id)!.identity;
    await mergeCustomers(tx, { survivorId: customer.id, absorbed: other, linkedBy, seenOn, at });
  }

  const known = new Set([customer.id, ...separate]);
  for (const { identity, ownerId } of owned) {
    if (ownerId === undefined || !known.has(ownerId)) {
      await tx
        .objectStore('identities')
        .put({ ...identity, customerId: customer.id, firstSeenAt: at, seenOn });
    }
  }
  const newName = name?.trim();
  if (!oldest || (newName && !customer.name)) {
    await tx
      .objectStore('customers')
      .put(newName && !customer.name ? { ...customer, name: newName } : customer);
  }
  return customer.id;
}
