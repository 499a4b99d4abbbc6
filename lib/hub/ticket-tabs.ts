import { z } from 'zod';

import { defineStoredItem } from '../storage/stored-item';
import { helpdeskTimesSchema } from '../ticket/helpdesk-times';
import { pageReadingSchema } from '../ticket/page-reading';

/** What the background knows of one helpdesk tab. */
export const ticketTabSchema = z.strictObject({
  windowId: z.number().int(),
  reading: pageReadingSchema,
  /** When the content script last reported, ms since the epoch. */
  seenAt: z.number(),
  /**
   * When this tab first showed the ticket it shows now: the start of an "approximate" countdown
   * when the page does not carry the ticket's own times.
   */
  firstSeenAt: z.number().optional(),
  /** The ticket's times from the helpdesk's own API, for a page that does not carry them. */
  helpdeskTimes: z
    .strictObject({
      /** When the API was last asked (ms since the epoch), whatever it answered. */
      checkedAt: z.number(),
      /** What the page showed then (`pageStateOf`): a change asks again sooner. */
      checkedFor: z.string().max(200),
      times: helpdeskTimesSchema.optional(),
    })
    .optional(),
});

export type TicketTab = z.infer<typeof ticketTabSchema>;

/**
 * The hub's state, in `storage.session` so it survives service-worker restarts but not the
 * browser session: the latest reading per helpdesk tab, and the active tab of each window.
 */
export const ticketTabsItem = defineStoredItem<Record<string, TicketTab>>({
  area: 'session',
  key: 'ticketTabs',
  schema: z.record(z.string(), ticketTabSchema),
  fallback: () => ({}),
});

/** Window id → the id of its active tab. */
export const activeTabsItem = defineStoredItem<Record<string, number>>({
  area: 'session',
  key: 'activeTabs',
  schema: z.record(z.string(), z.number().int()),
  fallback: () => ({}),
});
