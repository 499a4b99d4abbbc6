import { quoted, type RowProblem } from './import-report';
import type { ImportRow } from './import-row';
import type { IdentityKey, Interaction } from './schema';

/** Everything the file says about one customer, gathered from its rows. */
export interface CustomerImport {
  ref: string;
  /** The first row naming the customer, of any kind. */
  firstLine: number;
  hasCustomerRow: boolean;
  name?: string;
  identities: IdentityKey[];
  purchases: { productId: string; since?: number }[];
  interactions: Omit<Interaction, 'customerId'>[];
}

/** Gathers checked rows by `customer_ref`, and finds what is wrong only across rows. */
export class ImportPlan {
  private readonly customers = new Map<string, CustomerImport>();
  /** Where each ticket appeared, by helpdesk and ticket id. */
  private readonly ticketLines = new Map<string, number>();

  /** Adds a row; its problem when it repeats a ticket listed earlier. */
  add(row: ImportRow): RowProblem[] {
    const customer = this.customerOf(row);
    switch (row.kind) {
      case 'customer':
        customer.hasCustomerRow = true;
        customer.name ??= row.name;
        for (const identity of row.identities) {
          const known = customer.identities.some(
            ({ kind, value }) => kind === identity.kind && value === identity.value,
          );
          if (!known) customer.identities.push(identity);
        }
        return [];
      case 'purchase':
        customer.purchases.push(
          row.since === undefined
            ? { productId: row.productId }
            : { productId: row.productId, since: row.since },
        );
        return [];
      case 'interaction': {
        const { helpdesk, ticketId } = row.interaction;
        const key = `${helpdesk}\u0000${ticketId}`;
        const earlier = this.ticketLines.get(key);
        if (earlier !== undefined) {
          return [
            {
              line: row.line,
              column: 'ticket_id',
              reason: `${helpdesk} ticket ${quoted(ticketId)} is already on line ${earlier}`,
            },
          ];
        }
        this.ticketLines.set(key, row.line);
        customer.interactions.push(row.interaction);
        return [];
      }
    }
  }

  /**
   * The customers to write, and a problem for each reference that no customer row defines. The
   * plan takes no rows after this: what it kept to find repeated tickets is let go before the
   * write, so the page's heap is no bigger than it must be while the write runs.
   */
  finish(): { customers: CustomerImport[]; problems: RowProblem[] } {
    this.ticketLines.clear();
    const customers = [...this.customers.values()];
    const problems = customers
      .filter(({ hasCustomerRow }) => !hasCustomerRow)
      .map(({ ref, firstLine }) => ({
        line: firstLine,
        column: 'customer_ref',
        reason: `${quoted(ref)} has no customer row in the file`,
      }));
    return { customers, problems };
  }

  private customerOf({ customerRef, line }: ImportRow): CustomerImport {
    let customer = this.customers.get(customerRef);
    if (!customer) {
      customer = {
        ref: customerRef,
        firstLine: line,
        hasCustomerRow: false,
        identities: [],
        purchases: [],
        interactions: [],
      };
      this.customers.set(customerRef, customer);
    }
    return customer;
  }
}
