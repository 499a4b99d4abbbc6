/**
 * One agent's Monday 30 November 2026 on Northwind's New York desk (EST, UTC-05:00: the local
 * day is 05:00Z to 05:00Z next day), as the activity log and the outcome store hold it, with a
 * few records of the Sunday before to check they are left out. The expected figures in the
 * tests beside this file are worked out by hand from these lists; the comments give the sums.
 */
import type { ActivityEvent, ActivityOf, ActivityKind } from '../../lib/activity/activity-event';
import type { StandardOutcome } from '../../lib/activity/standard-outcome';

export const timeZone = 'America/New_York';
/** Monday 30 November 2026, 00:00 EST. */
export const monday = { from: Date.parse('2026-11-30T05:00:00Z'), to: Date.parse('2026-12-01T05:00:00Z') };
/** 18:00 EST on the Monday: when the agent opens "My day". */
export const mondayEvening = Date.parse('2026-11-30T23:00:00Z');

const minutes = (count: number) => count * 60_000;
const at = (iso: string) => Date.parse(iso);

/** A first-reply email outcome met in time; override what the record is about. */
export function makeOutcome(overrides: Partial<StandardOutcome> = {}): StandardOutcome {
  return {
    id: `zendesk 4411 email-web first_reply 2026-11-30T14:30:00.000Z`,
    helpdesk: 'zendesk',
    ticketId: '4411',
    channel: 'email',
    priority: 'high',
    standardId: 'email-web',
    standardName: 'Email and web form',
    kind: 'rigid',
    metric: 'first_reply',
    startedAt: at('2026-11-30T14:30:00Z'),
    dueAt: at('2026-11-30T16:30:00Z'),
    targetMs: minutes(120),
    approximate: false,
    outcome: 'met',
    metAt: at('2026-11-30T15:10:00Z'),
    businessMsToMeet: minutes(40),
    recordedAt: at('2026-11-30T15:20:00Z'),
    updatedAt: at('2026-11-30T15:20:00Z'),
    ...overrides,
  };
}

const phone = {
  channel: 'phone',
  standardId: 'phone',
  standardName: 'Phone callbacks',
  metric: 'callback',
} as const;
const chat = {
  channel: 'chat',
  standardId: 'chat',
  standardName: 'Chat (agent discretion)',
  kind: 'discretion',
} as const;

export const outcomes: StandardOutcome[] = [
  // Email: met in 40 business minutes.
  makeOutcome({ id: 'o1' }),
  // Email: breached by 35 minutes (due 16:30Z, replied 17:05Z), 2 h 35 min of business time.
  makeOutcome({
    id: 'o2',
    ticketId: '4412',
    outcome: 'breached',
    metAt: at('2026-11-30T17:05:00Z'),
    businessMsToMeet: minutes(155),
    breachedByMs: minutes(35),
  }),
  // Phone callback: due 19:00Z, still open 10 minutes later when last seen.
  makeOutcome({
    id: 'o3',
    ...phone,
    ticketId: '4413',
    dueAt: at('2026-11-30T19:00:00Z'),
    outcome: 'breached',
    metAt: undefined,
    businessMsToMeet: undefined,
    breachedByMs: minutes(10),
  }),
  // Phone callback: met at 20:00Z.
  makeOutcome({
    id: 'o4',
    ...phone,
    ticketId: '4414',
    metAt: at('2026-11-30T20:00:00Z'),
    businessMsToMeet: minutes(50),
  }),
  // Email next reply: due 21:00Z, replied 22:00Z: breached by an hour.
  makeOutcome({
    id: 'o5',
    metric: 'next_reply',
    dueAt: at('2026-11-30T21:00:00Z'),
    outcome: 'breached',
    metAt: at('2026-11-30T22:00:00Z'),
    businessMsToMeet: minutes(90),
    breachedByMs: minutes(60),
  }),
  // Sunday: met at 15:00 EST. Out of range everywhere.
  makeOutcome({ id: 'o6', ticketId: '4400', metAt: at('2026-11-29T20:00:00Z'), businessMsToMeet: 999 }),
  // Due Sunday 23:00 EST (Sunday's breach), replied Monday 09:00 EST: only its first reply is Monday's.
  makeOutcome({
    id: 'o7',
    ticketId: '4401',
    dueAt: at('2026-11-30T04:00:00Z'),
    outcome: 'breached',
    metAt: at('2026-11-30T14:00:00Z'),
    businessMsToMeet: minutes(90),
    breachedByMs: minutes(600),
  }),
  // Chat, discretion: past due at 18:00Z with no reply, recorded as met at its due instant.
  makeOutcome({
    id: 'o8',
    ...chat,
    ticketId: '88213',
    metric: 'first_reply',
    dueAt: at('2026-11-30T18:00:00Z'),
    metAt: undefined,
    businessMsToMeet: undefined,
  }),
];

let sequence = 0;
type Fields<K extends ActivityKind> = Omit<ActivityOf<K>, 'id' | 'kind' | 'at'>;

/** An event of `kind` at the ISO instant `when`, with a fresh id. */
export function event<K extends ActivityKind>(kind: K, when: string, fields: Fields<K>): ActivityOf<K> {
  sequence += 1;
  return { id: `event-${sequence}`, kind, at: at(when), ...fields } as unknown as ActivityOf<K>;
}

const billing = 'northwind-billing';
const refund = { packId: billing, snippetId: 'refund-timeline-en', snippetTitle: 'When a refund arrives' };
const duplicate = {
  packId: billing,
  snippetId: 'duplicate-charge-en',
  snippetTitle: 'Duplicate charge on an invoice',
};
const onEmail = { helpdesk: 'zendesk', ticketId: '4411', channel: 'email' } as const;
const offer = (offerId: string, answer: ActivityOf<'offer'>['answer'], when: string) =>
  event('offer', when, { helpdesk: 'zendesk', ticketId: '4411', packId: billing, offerId, answer });

export const customerExcerpt =
  'My router light has been blinking orange since Friday and the line test says nothing is wrong.';

export const events: ActivityEvent[] = [
  // Tickets: 4411 twice, 4413 and Salesforce 00001027 → 3 distinct; 4400 was Sunday.
  event('ticket-viewed', '2026-11-29T20:00:00Z', { helpdesk: 'zendesk', ticketId: '4400', channel: 'email' }),
  event('ticket-viewed', '2026-11-30T14:05:00Z', onEmail),
  event('ticket-viewed', '2026-11-30T15:00:00Z', onEmail),
  event('ticket-viewed', '2026-11-30T18:55:00Z', { helpdesk: 'zendesk', ticketId: '4413', channel: 'phone' }),
  event('ticket-viewed', '2026-11-30T19:30:00Z', {
    helpdesk: 'salesforce',
    ticketId: '00001027',
    channel: 'chat',
  }),
  // Snippets: refund ×3, duplicate ×1 → 4; Sunday's refund is out.
  event('snippet-matched', '2026-11-30T14:06:00Z', {
    packId: billing,
    snippetIds: ['refund-timeline-en', 'duplicate-charge-en'],
  }),
  event('snippet-inserted', '2026-11-29T20:05:00Z', { ...onEmail, ...refund }),
  event('snippet-inserted', '2026-11-30T15:05:00Z', { ...onEmail, ...refund }),
  event('snippet-inserted', '2026-11-30T16:00:00Z', { ...onEmail, ...duplicate }),
  event('snippet-inserted', '2026-11-30T17:00:00Z', { ...onEmail, ...refund }),
  event('snippet-inserted', '2026-12-01T04:59:00Z', { ...onEmail, ...refund }),
  // Searches: "router blinking orange" ×2 (typed two ways), "static ip", an e-mail address → 4.
  event('search-empty', '2026-11-30T14:10:00Z', { query: 'Router  blinking orange' }),
  event('search-empty', '2026-11-30T14:11:00Z', { query: 'router blinking orange ' }),
  event('search-empty', '2026-11-30T16:20:00Z', { query: 'static IP' }),
  event('search-empty', '2026-11-30T16:40:00Z', { query: 'jane.doe@example.com' }),
  // Offers: upgrade shown ×2 and accepted; mesh shown and declined; router care not relevant.
  offer('upgrade-fibre-500', 'shown', '2026-11-30T15:01:00Z'),
  offer('upgrade-fibre-500', 'shown', '2026-11-30T15:30:00Z'),
  offer('upgrade-fibre-500', 'accepted', '2026-11-30T15:31:00Z'),
  offer('mesh-extender', 'shown', '2026-11-30T16:01:00Z'),
  offer('mesh-extender', 'declined', '2026-11-30T16:02:00Z'),
  offer('router-care', 'not-relevant', '2026-11-30T16:03:00Z'),
  offer('router-care', 'shown', '2026-11-29T16:03:00Z'),
  // Knowledge loop: one proposal, one "wrong" flag (both with an excerpt), one "stale" flag.
  event('snippet-proposal', '2026-11-30T19:40:00Z', {
    helpdesk: 'zendesk',
    ticketId: '4413',
    title: 'Router light blinking orange',
    body: 'Hi {{requester.firstName | "there"}},\n\nAn orange light means the router lost its line sync. Please restart it once.',
    excerpt: customerExcerpt,
    category: 'connectivity',
    packId: billing,
  }),
  event('snippet-flag', '2026-11-30T19:45:00Z', {
    ...duplicate,
    flag: 'wrong',
    note: 'Duplicates are now reversed within 24 hours, not 5 days.',
    excerpt: 'I was charged twice on invoice NW-2291.',
  }),
  event('snippet-flag', '2026-11-30T20:10:00Z', {
    ...refund,
    flag: 'stale',
    note: 'Mentions the old refund form.',
  }),
];
