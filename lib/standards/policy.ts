/**
 * Which standard applies to a ticket, and which of its targets, the way Zendesk applies SLA
 * policies (shared/research/response-standards.md §1.1): the standards are ordered, the first
 * whose `when` matches is the only one applied, and a metric it has no target for gets no
 * countdown — a later standard never fills the gap.
 */
import { evaluateConditions, type CustomerFacts } from '../conditions/evaluate';
import type { Standard, StandardTarget } from '../packs/standards-schema';
import type { TicketSnapshot } from '../ticket/snapshot';

/** The first standard whose conditions match, or undefined when none does. */
export function applicableStandard(
  standards: readonly Standard[],
  ticket: TicketSnapshot,
  customer?: CustomerFacts,
): Standard | undefined {
  const facts = { ticket, customer };
  return standards.find((standard) => evaluateConditions(standard.when, facts));
}

/**
 * The targets of `standard` that apply to `ticket`, one per metric, in the pack's order.
 *
 * A target naming a priority applies only at that priority; a target naming none applies at
 * every priority, unless a target for the same metric names the ticket's priority, which wins.
 * A ticket with no priority gets only the targets that name none. This departs from Zendesk,
 * where a ticket without a priority gets no SLA at all: a team lead who writes a target without
 * a priority means "every ticket", and a page that did not show the priority should not hide it.
 * A callback target applies only to phone tickets.
 */
export function targetsFor(standard: Standard, ticket: TicketSnapshot): StandardTarget[] {
  const applies = (target: StandardTarget) =>
    (target.metric !== 'callback' || ticket.channel === 'phone') &&
    (target.priority === undefined || target.priority === ticket.priority);
  const candidates = standard.targets.filter(applies);
  return candidates.filter(
    (target) =>
      target.priority !== undefined ||
      !candidates.some((other) => other.metric === target.metric && other.priority !== undefined),
  );
}
