import { calendarSchema, type Calendar } from '../../lib/packs/calendar-schema';
import { standardSchema, type Standard } from '../../lib/packs/standards-schema';

/**
 * Northwind's support desk in New York: weekdays 09:00–17:00 Eastern, closed on US federal
 * holidays. From 1 November 2026 New York is on EST (UTC-05:00), so 09:00 there is 14:00Z and
 * 17:00 is 22:00Z; Thanksgiving (26 November) and Christmas Day are closed.
 */
export const newYorkDesk: Calendar = calendarSchema.parse({
  id: 'ny-desk',
  name: 'New York support desk',
  timeZone: 'America/New_York',
  hours: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '17:00']],
  },
  holidays: ['2026-11-26', '2026-12-25', '2027-01-01'],
});

/** A valid standard with Northwind's email wording; override what a test is about. */
export function makeStandard(overrides: Partial<Standard> = {}): Standard {
  return standardSchema.parse({
    id: 'email-web',
    name: 'Email and web form',
    charter:
      'Reply within the target in business hours. If a reply would be rushed, a short holding reply that says when you will be back counts, once per ticket.',
    kind: 'rigid',
    when: { any: [{ field: 'ticket.channel', op: 'in', value: ['email', 'web'] }] },
    calendarId: newYorkDesk.id,
    targets: [{ metric: 'first_reply', within: '4h' }],
    ...overrides,
  });
}

/**
 * Northwind's published standards, in the order they are tried: incidents first (the most
 * restrictive, as Zendesk advises), then enterprise phone, phone, email and web, and social.
 */
export const northwindStandards: Standard[] = [
  makeStandard({
    id: 'service-incident',
    name: 'Service incident',
    charter: 'Incidents are answered around the clock. Post an update at least every hour until resolved.',
    kind: 'rigid',
    when: {
      any: [
        { field: 'ticket.tags', op: 'includes', value: ['outage', 'incident'] },
        { field: 'ticket.text', op: 'contains', value: 'service is down' },
      ],
    },
    calendarId: undefined,
    targets: [
      { metric: 'first_reply', within: '30m' },
      { metric: 'next_reply', within: '1h' },
      { metric: 'periodic_update', within: '1h', warnBefore: '10m' },
      { metric: 'resolution', priority: 'urgent', within: '8h' },
    ],
  }),
  makeStandard({
    id: 'enterprise-phone',
    name: 'Enterprise callbacks',
    charter: 'Enterprise customers are called back within the hour during business hours.',
    when: {
      all: [
        { field: 'ticket.channel', op: 'is', value: 'phone' },
        { field: 'ticket.tags', op: 'includes', value: 'enterprise' },
      ],
    },
    targets: [{ metric: 'callback', within: '1h' }],
  }),
  makeStandard({
    id: 'phone',
    name: 'Phone',
    charter: 'Every missed call is returned within two business hours.',
    when: { all: [{ field: 'ticket.channel', op: 'is', value: 'phone' }] },
    targets: [
      { metric: 'callback', within: '2h' },
      { metric: 'resolution', within: '16h' },
    ],
  }),
  makeStandard({
    id: 'email-web',
    name: 'Email and web form',
    kind: 'flexible',
    targets: [
      { metric: 'first_reply', priority: 'urgent', within: '1h' },
      { metric: 'first_reply', priority: 'high', within: '2h' },
      { metric: 'first_reply', within: '8h' },
      { metric: 'next_reply', within: '4h', warnBefore: '30m' },
      { metric: 'resolution', priority: 'urgent', within: '8h' },
    ],
    pauseWhen: ['pending', 'on-hold'],
  }),
  makeStandard({
    id: 'social',
    name: 'Social mentions',
    charter:
      'Answer public mentions when you can add something useful; move the conversation to a private channel for account details.',
    kind: 'discretion',
    when: { all: [{ field: 'ticket.channel', op: 'is', value: 'social' }] },
    targets: [{ metric: 'first_reply', within: '4h' }],
  }),
];
