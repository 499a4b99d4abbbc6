import { z } from 'zod';

import type { Calendar } from '../packs/calendar-schema';
import type { Standard } from '../packs/standards-schema';
import { metrics } from '../packs/standards-schema';
import { businessTimeBetween } from '../standards/calendar';
import type { Countdown } from '../standards/countdown';
import { channels, priorities } from '../ticket/fields';
import type { TicketSnapshot } from '../ticket/snapshot';

const epochMs = z.number().int().nonnegative();

/**
 * How one response target ended, kept in this browser for the reporting to come (issue #4,
 * item 6): met in time, or breached and by how much. One record per ticket, target and clock
 * cycle (a next-reply clock starts again at every customer message). No customer data.
 */
export const standardOutcomeSchema = z.object({
  id: z.string().min(1).max(300),
  helpdesk: z.string().min(1).max(40),
  ticketId: z.string().min(1).max(40),
  channel: z.enum(channels),
  priority: z.enum(priorities).optional(),
  standardId: z.string().min(1).max(80),
  standardName: z.string().max(200),
  kind: z.enum(['rigid', 'flexible', 'discretion']),
  metric: z.enum(metrics),
  startedAt: epochMs,
  dueAt: epochMs,
  targetMs: epochMs,
  /** The clock's start was Touchpoint's first sight of the ticket, not the helpdesk's own time. */
  approximate: z.boolean(),
  outcome: z.enum(['met', 'breached']),
  /** When the target was met (the reply, the ticket seen solved); absent while a breach is still open. */
  metAt: epochMs.optional(),
  /** Business time from the start to `metAt` (plain time without a calendar). */
  businessMsToMeet: epochMs.optional(),
  /** From the due instant to `metAt`, or to the last time it was seen open. */
  breachedByMs: epochMs.optional(),
  recordedAt: epochMs,
  updatedAt: epochMs,
});

export type StandardOutcome = z.infer<typeof standardOutcomeSchema>;

/** One countdown of one ticket as the background sees it at one instant. */
export interface CountdownObservation {
  ticket: TicketSnapshot;
  standard: Standard;
  calendar: Calendar | undefined;
  countdown: Countdown;
}

export function outcomeId({ ticket, countdown }: CountdownObservation): string {
  return [ticket.helpdesk, ticket.ticketId, countdown.standardId, countdown.metric, countdown.startedAt].join(
    ' ',
  );
}

/**
 * When a met target was met. A reply target is met by the latest reply (the snapshot holds no
 * earlier one); a resolution, at the first sight of the ticket solved, since the snapshot does
 * not say when its status changed.
 */
function metInstant({ ticket, countdown }: CountdownObservation, now: number): number {
  const replied = ticket.lastAgentReplyAt === undefined ? undefined : Date.parse(ticket.lastAgentReplyAt);
  const isReplyMetric = countdown.metric !== 'resolution';
  return isReplyMetric && replied !== undefined && replied >= Date.parse(countdown.startedAt) ? replied : now;
}

/**
 * The outcome a countdown shows now, merged with what was recorded for it before, or undefined
 * while it is still running in time. A breach stays a breach once the due instant has passed
 * unmet, and the first instant a target was seen met is kept.
 */
export function observeOutcome(
  observation: CountdownObservation,
  previous: StandardOutcome | undefined,
  now: number,
): StandardOutcome | undefined {
  const { ticket, standard, calendar, countdown } = observation;
  const isMet = countdown.state === 'met';
  if (!isMet && countdown.state !== 'breached') return previous;
  const startedAt = Date.parse(countdown.startedAt);
  const dueAt = Date.parse(countdown.dueAt);
  const metAt = previous?.metAt ?? (isMet ? metInstant(observation, now) : undefined);
  const lateBy = (metAt ?? now) - dueAt;
  const breached = previous?.outcome === 'breached' || lateBy >= 0;
  const outcome: StandardOutcome = {
    id: outcomeId(observation),
    helpdesk: ticket.helpdesk,
    ticketId: ticket.ticketId,
    channel: ticket.channel,
    standardId: standard.id,
    standardName: standard.name,
    kind: standard.kind,
    metric: countdown.metric,
    startedAt,
    dueAt,
    targetMs: countdown.targetMs,
    approximate: countdown.approximate,
    outcome: breached && standard.kind !== 'discretion' ? 'breached' : 'met',
    recordedAt: previous?.recordedAt ?? now,
    updatedAt: now,
  };
  if (ticket.priority) outcome.priority = ticket.priority;
  if (metAt !== undefined) {
    outcome.metAt = metAt;
    outcome.businessMsToMeet = calendar
      ? businessTimeBetween(calendar, new Date(startedAt), new Date(metAt))
      : Math.max(0, metAt - startedAt);
  }
  if (outcome.outcome === 'breached') outcome.breachedByMs = Math.max(0, lateBy);
  return outcome;
}
