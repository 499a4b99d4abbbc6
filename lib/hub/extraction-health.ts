import { z } from 'zod';

import { defineStoredItem } from '../storage/stored-item';
import type { PageReading } from '../ticket/page-reading';
import type { TicketSnapshot } from '../ticket/snapshot';

/**
 * How well each helpdesk's pages are read, day by day, so that a helpdesk changing its page
 * (a renamed attribute, a new layout) shows up as a falling number on the options page instead
 * of silently missing countdowns and offers. Counted per ticket and day: a ticket read fifty
 * times while the agent types counts once, with every field that was read at least once.
 */
export const healthFields = [
  'subject',
  'requester',
  'priority',
  'status',
  'tags',
  'createdAt',
  'latestCustomerMessage',
] as const;
export type HealthField = (typeof healthFields)[number];

const fieldRead: Record<HealthField, (ticket: TicketSnapshot) => boolean> = {
  subject: (ticket) => ticket.subject.trim() !== '',
  requester: ({ requester }) =>
    Boolean(requester.name ?? requester.email ?? requester.phone ?? requester.handle),
  priority: (ticket) => ticket.priority !== undefined,
  status: (ticket) => ticket.status !== undefined,
  tags: (ticket) => ticket.tags.length > 0,
  createdAt: (ticket) => ticket.createdAt !== undefined,
  latestCustomerMessage: (ticket) => Boolean(ticket.latestCustomerMessage?.trim()),
};

/** The fields read from one snapshot, one bit each in `healthFields` order. */
export function fieldsReadMask(ticket: TicketSnapshot): number {
  return healthFields.reduce((mask, field, bit) => (fieldRead[field](ticket) ? mask | (1 << bit) : mask), 0);
}

const dayRecordSchema = z.strictObject({
  /** Ticket id → the fields read from it that day (`fieldsReadMask`, OR-ed). */
  tickets: z.record(z.string().max(40), z.number().int().nonnegative()),
  /** Readings of a ticket page whose ticket could not be found. */
  unreadable: z.number().int().nonnegative(),
});

/** Helpdesk id → local day (YYYY-MM-DD) → what was read. */
const healthSchema = z.record(z.string().max(40), z.record(z.string().max(10), dayRecordSchema));
export type ExtractionHealth = z.infer<typeof healthSchema>;

export const extractionHealthItem = defineStoredItem<ExtractionHealth>({
  area: 'local',
  key: 'extractionHealth',
  schema: healthSchema,
  fallback: () => ({}),
});

const KEPT_DAYS = 14;
/** At most this many tickets a day per helpdesk are remembered: a bound on storage, far above a day's work. */
const MAX_TICKETS_A_DAY = 2000;

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(at: number): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function withoutOldDays(days: ExtractionHealth[string], today: string, at: number): ExtractionHealth[string] {
  const oldest = localDay(at - (KEPT_DAYS - 1) * 86_400_000);
  return Object.fromEntries(Object.entries(days).filter(([day]) => day >= oldest && day <= today));
}

/** The health with one more reading counted; the same object when the reading adds nothing. */
export function countReading(health: ExtractionHealth, reading: PageReading, at: number): ExtractionHealth {
  if (reading.kind === 'no-ticket') return health;
  const helpdesk = reading.kind === 'ticket' ? reading.snapshot.helpdesk : reading.helpdesk;
  const today = localDay(at);
  const days = health[helpdesk] ?? {};
  const day = days[today] ?? { tickets: {}, unreadable: 0 };
  let next: typeof day;
  if (reading.kind === 'unreadable') {
    next = { ...day, unreadable: day.unreadable + 1 };
  } else {
    const { ticketId } = reading.snapshot;
    const known = day.tickets[ticketId];
    const mask = (known ?? 0) | fieldsReadMask(reading.snapshot);
    if (known === mask) return health;
    if (known === undefined && Object.keys(day.tickets).length >= MAX_TICKETS_A_DAY) return health;
    next = { ...day, tickets: { ...day.tickets, [ticketId]: mask } };
  }
  return { ...health, [helpdesk]: withoutOldDays({ ...days, [today]: next }, today, at) };
}

/** Share of tickets with each field read, 0–1; undefined without tickets. */
export type FieldRates = Record<HealthField, number> | undefined;

export interface HelpdeskHealth {
  helpdesk: string;
  today: { tickets: number; unreadable: number; rates: FieldRates };
  /** The seven days before today together. */
  earlier: { tickets: number; unreadable: number; rates: FieldRates };
  /** Fields read for at least half the tickets before and 20 points less often today. */
  falling: HealthField[];
}

function ratesOf(masks: readonly number[]): FieldRates {
  if (masks.length === 0) return undefined;
  return Object.fromEntries(
    healthFields.map((field, bit) => [
      field,
      masks.filter((mask) => mask & (1 << bit)).length / masks.length,
    ]),
  ) as Record<HealthField, number>;
}

function summariseDays(records: readonly ExtractionHealth[string][string][]) {
  const masks = records.flatMap((record) => Object.values(record.tickets));
  return {
    tickets: masks.length,
    unreadable: records.reduce((sum, record) => sum + record.unreadable, 0),
    rates: ratesOf(masks),
  };
}

/** Per helpdesk, today against the week before, with the fields whose reading is falling. */
export function healthSummary(health: ExtractionHealth, now: number): HelpdeskHealth[] {
  const today = localDay(now);
  const weekBefore = localDay(now - 7 * 86_400_000);
  return Object.entries(health)
    .map(([helpdesk, days]) => {
      const todays = summariseDays(days[today] ? [days[today]] : []);
      const earlier = summariseDays(
        Object.entries(days)
          .filter(([day]) => day < today && day >= weekBefore)
          .map(([, record]) => record),
      );
      const falling = healthFields.filter((field) => {
        const before = earlier.rates?.[field];
        const now = todays.rates?.[field];
        return before !== undefined && now !== undefined && before >= 0.5 && now <= before - 0.2;
      });
      return { helpdesk, today: todays, earlier, falling };
    })
    .sort((a, b) => a.helpdesk.localeCompare(b.helpdesk));
}

/** Counts a reading in storage (the background's only call); writes only when it adds something. */
export async function recordExtractionHealth(reading: PageReading, at: number): Promise<void> {
  const current = await extractionHealthItem.get();
  if (countReading(current, reading, at) === current) return;
  await extractionHealthItem.update((health) => countReading(health, reading, at));
}
