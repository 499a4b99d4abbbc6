import { z } from 'zod';

import { channels } from '../ticket/fields';

/**
 * The shape of the "My day" figures (issue #7), declared once: figures.ts computes them, the
 * export (report-export.ts) carries them, and a team lead's tool reads them back through this
 * schema. Durations are whole milliseconds; a median or maximum of nothing is `null` (not
 * absent), so the JSON round trip gives back exactly what was written.
 */
const count = z.number().int().nonnegative();
const durationMs = z.number().int().nonnegative().nullable();
const id = z.string().min(1).max(80);

export const standardFiguresSchema = z.object({
  standardId: id,
  standardName: z.string().max(200),
  met: count,
  breached: count,
  /** Median of `breachedByMs` over this standard's breaches. */
  medianBreachMs: durationMs,
});

export const channelFiguresSchema = z.object({ channel: z.enum(channels), met: count, breached: count });

export const snippetFiguresSchema = z.object({
  packId: id,
  snippetId: id,
  title: z.string().max(200),
  count,
});

export const queryFiguresSchema = z.object({ query: z.string().min(1).max(200), count });

export const offerFiguresSchema = z.object({
  packId: id,
  offerId: id,
  shown: count,
  accepted: count,
  declined: count,
  notRelevant: count,
});

export const dayFiguresSchema = z.object({
  standards: z.object({
    met: count,
    breached: count,
    /** By how much the breaches missed their due instant. */
    breachedByMs: z.object({ median: durationMs, max: durationMs }),
    byStandard: z.array(standardFiguresSchema),
    byChannel: z.array(channelFiguresSchema),
  }),
  /** Median business time to the first reply, over first-reply targets met (in time or late) in the range. */
  firstReplyMedianBusinessMs: durationMs,
  /** Distinct tickets opened. */
  ticketsViewed: count,
  snippetsInserted: z.object({ count, bySnippet: z.array(snippetFiguresSchema) }),
  searchesEmpty: z.object({ count, topQueries: z.array(queryFiguresSchema) }),
  offers: z.object({
    shown: count,
    accepted: count,
    declined: count,
    notRelevant: count,
    byOffer: z.array(offerFiguresSchema),
  }),
  proposals: count,
  flags: z.object({ wrong: count, stale: count }),
});

export type DayFigures = z.infer<typeof dayFiguresSchema>;
export type StandardFigures = z.infer<typeof standardFiguresSchema>;
export type ChannelFigures = z.infer<typeof channelFiguresSchema>;
export type SnippetFigures = z.infer<typeof snippetFiguresSchema>;
export type QueryFigures = z.infer<typeof queryFiguresSchema>;
export type OfferFigures = z.infer<typeof offerFiguresSchema>;
