import * as z from 'zod/mini';

import { defineStoredItem } from '../storage/stored-item';
import { isKnownTimeZone } from '../time/wall-time';

/**
 * How the agent's helpdesk prints times that carry no offset (Salesforce shows them in the
 * profile's time zone and locale). Unset fields follow the browser. zod/mini: the content
 * script reads this item, and must stay small.
 */
export const helpdeskClockSchema = z.object({
  timeZone: z.optional(
    z.string().check(z.refine(isKnownTimeZone, { message: 'not a time zone this browser knows' })),
  ),
  dateOrder: z.optional(z.enum(['mdy', 'dmy', 'ymd'])),
});

export type HelpdeskClock = z.infer<typeof helpdeskClockSchema>;

export const helpdeskClockItem = defineStoredItem<HelpdeskClock>({
  area: 'local',
  key: 'helpdeskClock',
  schema: helpdeskClockSchema,
  fallback: () => ({}),
});
