import { Window } from 'happy-dom';
import { h, render } from 'preact';

import { CountdownStandard, type CountdownStandardProps } from '../components/CountdownStandard';
import { packSchema, type Pack } from '../lib/packs/pack-schema';
import { countdownsFor } from '../lib/standards/countdown';
import type { TicketSnapshot } from '../lib/ticket/snapshot';
import { summarise } from './stats';

/**
 * Response standards at queue scale: every open ticket tab evaluated against a pack of 50
 * policies (target ≤ 10 ms for 1,000 tickets), and one tick of the panel's countdown list
 * (target ≤ 1 ms of script). Data come from a fixed seed, so runs compare.
 */

/** Wednesday 2 December 2026, 11:00 in New York, 16:00 in London, 03:00 Thursday in Sydney. */
const now = Date.parse('2026-12-02T16:00:00Z');
const hour = 3_600_000;

/** mulberry32: a small seeded generator, so every run measures the same pack and tickets. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const areas = [
  'billing',
  'shipping',
  'returns',
  'login',
  'api',
  'mobile-app',
  'integrations',
  'data-export',
  'warranty',
  'hardware',
];
const channelGroups = [['email', 'web'], ['phone'], ['chat', 'messaging']] as const;
const weekdays = (open: string, close: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [[open, close]]]));

function generatePack(): Pack {
  const calendars = [
    {
      id: 'new-york',
      name: 'New York',
      timeZone: 'America/New_York',
      hours: weekdays('09:00', '17:00'),
      holidays: ['2026-11-26', '2026-12-25'],
    },
    {
      id: 'london',
      name: 'London',
      timeZone: 'Europe/London',
      hours: weekdays('08:00', '18:00'),
      holidays: ['2026-12-25', '2026-12-28'],
    },
    {
      id: 'sydney',
      name: 'Sydney',
      timeZone: 'Australia/Sydney',
      hours: weekdays('08:30', '17:30'),
      holidays: ['2026-12-25', '2026-12-28'],
    },
    {
      id: 'follow-the-sun',
      name: 'Follow the sun',
      timeZone: 'UTC',
      hours: weekdays('00:00', '24:00'),
      holidays: [],
    },
  ];
  const regions = [
    ['new-york', 'amer'],
    ['london', 'emea'],
    ['sydney', 'apac'],
  ] as const;
  const standards: unknown[] = [
    {
      id: 'incident',
      name: 'Service incident',
      kind: 'rigid',
      charter: 'Answer within 30 minutes, update hourly.',
      when: {
        any: [
          { field: 'ticket.tags', op: 'includes', value: ['outage', 'incident'] },
          { field: 'ticket.text', op: 'contains', value: 'service is down' },
        ],
      },
      targets: [
        { metric: 'first_reply', within: '30m' },
        { metric: 'next_reply', within: '1h' },
        { metric: 'periodic_update', within: '1h' },
        { metric: 'resolution', priority: 'urgent', within: '8h' },
      ],
    },
    {
      id: 'vip',
      name: 'Strategic accounts',
      kind: 'rigid',
      charter: 'Named accounts.',
      calendarId: 'follow-the-sun',
      when: {
        any: [
          { field: 'requester.email', op: 'ends_with', value: '@contoso.com' },
          { field: 'requester.email', op: 'ends_with', value: '@fabrikam.com' },
        ],
      },
      targets: [
        { metric: 'first_reply', within: '1h' },
        { metric: 'next_reply', within: '2h' },
      ],
    },
  ];
  for (const [calendarId, region] of regions) {
    standards.push({
      id: `enterprise-${region}`,
      name: `Enterprise ${region.toUpperCase()}`,
      kind: 'rigid',
      charter: 'Contractual.',
      calendarId,
      when: {
        all: [
          { field: 'ticket.tags', op: 'includes', value: 'enterprise' },
          { field: 'ticket.tags', op: 'includes', value: region },
        ],
      },
      targets: [
        { metric: 'first_reply', priority: 'urgent', within: '1h' },
        { metric: 'first_reply', within: '2h' },
        { metric: 'callback', within: '1h' },
        { metric: 'next_reply', within: '4h' },
      ],
      pauseWhen: ['pending'],
    });
  }
  for (const area of areas) {
    for (const [index, channels] of channelGroups.entries()) {
      standards.push({
        id: `${area}-${channels[0]}`,
        name: `${area} by ${channels.join('/')}`,
        kind: index === 2 ? 'flexible' : 'rigid',
        charter: `How the ${area} team answers ${channels.join(' and ')}.`,
        calendarId: regions[index]![0],
        when: {
          all: [
            { field: 'ticket.tags', op: 'includes', value: area },
            { field: 'ticket.channel', op: 'in', value: [...channels] },
            { field: 'ticket.status', op: 'not_in', value: ['solved', 'closed'] },
          ],
        },
        targets: [
          { metric: 'first_reply', priority: 'urgent', within: '1h' },
          { metric: 'first_reply', priority: 'high', within: '2h' },
          { metric: 'first_reply', within: '8h' },
          { metric: 'next_reply', within: '4h', warnBefore: '30m' },
          { metric: 'callback', within: '2h' },
          { metric: 'resolution', priority: 'urgent', within: '16h' },
        ],
        pauseWhen: ['pending', 'on-hold'],
      });
    }
  }
  const phrases = [
    'refund',
    'cancel my account',
    'chargeback',
    'invoice',
    'password',
    'delivery',
    'broken',
    'upgrade',
    'discount',
    'gdpr',
    'complaint',
    'lawyer',
  ];
  for (const phrase of phrases.slice(0, 50 - standards.length - 1)) {
    standards.push({
      id: `mentions-${phrase.replaceAll(' ', '-')}`,
      name: `Mentions “${phrase}”`,
      kind: 'flexible',
      charter: 'Route to the specialist queue.',
      calendarId: 'london',
      when: {
        all: [
          { field: 'ticket.text', op: 'contains', value: phrase },
          { field: 'ticket.priority', op: 'in', value: ['high', 'urgent'] },
        ],
      },
      targets: [
        { metric: 'first_reply', within: '4h' },
        { metric: 'resolution', within: '24h' },
      ],
    });
  }
  standards.push({
    id: 'everything-else',
    name: 'Everything else',
    kind: 'discretion',
    charter: 'Answer when you can.',
    calendarId: 'new-york',
    when: {},
    targets: [{ metric: 'first_reply', within: '24h' }],
  });
  return packSchema.parse({
    format: 'touchpoint-pack/1',
    id: 'northwind-support',
    name: 'Northwind support',
    version: 1,
    publishedAt: '2026-11-30T12:00:00Z',
    publisher: 'Priya Raman, support operations',
    calendars,
    standards,
  });
}

/** An open ticket tab: the snapshot, and when Touchpoint first saw it (a minute after it was created). */
interface OpenTicket {
  ticket: TicketSnapshot;
  firstSeenAt: string;
}

function generateTickets(count: number): OpenTicket[] {
  const random = seededRandom(20261202);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // Customer emails of realistic length (a few hundred to a thousand characters with the quoted
  // thread), so text conditions scan what they would scan in a real queue.
  const signature =
    '\n\nKind regards,\nMaya Okafor\nOperations Manager, Harbour Logistics Ltd\n+44 20 7946 0321\n\nThis email and any attachments are confidential and intended solely for the addressee.';
  const quoted =
    '\n\n> On Mon, 30 Nov 2026 at 10:12, Northwind Support wrote:\n> Thanks for getting in touch. We have passed this to the team and will update you as soon as we hear back. In the meantime you can follow the status of your request in the help centre.';
  const messages = [
    `Hello, I was charged twice for invoice INV-20931 this month. Both payments went through on the same card on 28 November. Could you check what happened and send the second amount back? Our finance team closes the month on Friday.${signature}${quoted}`,
    `Hi team, the delivery for order 55-2291 never arrived. The tracking page has said "out for delivery" since Thursday and the courier says it is with you. We need the scanners for a site opening next week.${signature}`,
    `Good morning. We would like to move from the Team plan to Business before the renewal. Is the price of the upgrade prorated for the remaining months, and does it keep our current integrations and user roles?${signature}${quoted}`,
    `Hi, since the app update this morning the mobile app crashes at login on every Android device we have (Pixel 7, Galaxy S23). Clearing the cache does not help. The web version works. Twelve drivers cannot start their shifts.${signature}`,
  ];
  const outageMessage = `URGENT: our service is down for every user since 09:40. The dashboard shows error 503 and the API times out. This is affecting all our warehouses.${signature}`;
  return Array.from({ length: count }, (_, index): OpenTicket => {
    const createdAt = now - Math.floor(random() * 72 * hour);
    const replied = random() < 0.6;
    const repliedAt = createdAt + Math.floor(random() * 4 * hour);
    const customerWroteAt =
      replied && random() < 0.5 ? repliedAt + Math.floor(random() * 3 * hour) : createdAt;
    const tags = [
      pick(areas),
      ...(random() < 0.3 ? ['enterprise', pick(['amer', 'emea', 'apac'])] : []),
      ...(random() < 0.03 ? ['outage'] : []),
    ];
    const ticket: TicketSnapshot = {
      helpdesk: 'zendesk',
      ticketId: String(40_000 + index),
      url: `https://northwind.zendesk.com/agent/tickets/${40_000 + index}`,
      subject: `Question about ${tags[0]}`,
      requester: {
        name: 'Customer',
        email: random() < 0.05 ? 'ops@contoso.com' : `customer${index}@example.com`,
      },
      channel: pick(['email', 'email', 'email', 'web', 'phone', 'chat', 'messaging', 'social']),
      priority: pick(['low', 'normal', 'normal', 'high', 'urgent']),
      status: pick(['new', 'open', 'open', 'open', 'pending', 'on-hold']),
      tags,
      createdAt: new Date(createdAt).toISOString(),
      lastCustomerMessageAt: new Date(Math.min(customerWroteAt, now)).toISOString(),
      ...(replied ? { lastAgentReplyAt: new Date(Math.min(repliedAt, now)).toISOString() } : {}),
      latestCustomerMessage: random() < 0.03 ? outageMessage : pick(messages),
    };
    return { ticket, firstSeenAt: new Date(createdAt + 60_000).toISOString() };
  });
}

function timeRuns(runs: number, work: (run: number) => void): number[] {
  return Array.from({ length: runs }, (_, run) => {
    const start = performance.now();
    work(run);
    return performance.now() - start;
  });
}

export async function benchStandards(): Promise<{
  evaluate1000Ms: { median: number; p95: number };
  tickMs: { median: number; p95: number };
}> {
  const pack = generatePack();
  const tickets = generateTickets(1000);
  const countdownsOf = ({ ticket, firstSeenAt }: OpenTicket) =>
    countdownsFor({ ticket, standards: pack.standards, calendars: pack.calendars, now, firstSeenAt })
      .countdowns;
  const evaluateAll = () => {
    for (const openTicket of tickets) countdownsOf(openTicket);
  };
  // The first pass converts each calendar's days to instants; the panel keeps them across ticks too.
  timeRuns(5, evaluateAll);
  const evaluate = summarise(timeRuns(100, evaluateAll));

  const window = new Window();
  const container = window.document.createElement('div');
  window.document.body.appendChild(container);
  // The tick is timed on the ticket with the most live countdowns, the costliest list to draw.
  const liveCount = (openTicket: OpenTicket) =>
    countdownsOf(openTicket).filter((countdown) => countdown.state !== 'met').length;
  const busiest = tickets.reduce((most, candidate) =>
    liveCount(candidate) > liveCount(most) ? candidate : most,
  );
  const props: CountdownStandardProps = {
    ...busiest,
    standards: pack.standards,
    calendars: pack.calendars,
    locale: 'en-GB',
    agentTimeZone: 'Europe/London',
  };
  // A top-level render diffs synchronously: each timed tick includes the diff and the DOM writes.
  const tickAt = (second: number) =>
    render(h(CountdownStandard, { ...props, now: now + second * 1000 }), container);
  try {
    timeRuns(50, tickAt);
    const ticks = summarise(timeRuns(1000, (second) => tickAt(50 + second)));
    return {
      evaluate1000Ms: { median: evaluate.median, p95: evaluate.p95 },
      tickMs: { median: ticks.median, p95: ticks.p95 },
    };
  } finally {
    render(null, container);
    await window.happyDOM.close();
  }
}
