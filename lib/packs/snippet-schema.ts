import { z } from 'zod';

import { channels } from '../ticket/fields';

/** A BCP 47 language tag as packs use them: "en", "en-GB", "de", "pt-BR". */
export const localeSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/, {
  error: (issue) => `expected a BCP 47 tag such as "en" or "en-GB", got ${JSON.stringify(issue.input)}`,
});

const isoDate = z.iso.date({
  error: (issue) => `expected a date as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
});

/** A knowledge snippet (design.md), with what issue 3 adds: category, owner, review date, team scope. */
export const snippetSchema = z.strictObject({
  id: z.string().min(1).max(80),
  title: z.string().min(1).max(200),
  /** Markdown; rendered only through lib/knowledge/render.ts, which sanitises it. */
  body: z.string().min(1).max(20_000),
  category: z.string().min(1).max(80),
  tags: z.array(z.string().min(1).max(60)).max(40).default([]),
  /** Product ids from the pack's catalogue. */
  products: z.array(z.string().min(1).max(80)).max(40).default([]),
  /** Channels the snippet is written for; empty: every channel. */
  channels: z.array(z.enum(channels)).max(channels.length).default([]),
  locale: localeSchema,
  /** Who keeps the snippet right (a person or a team). */
  owner: z.string().min(1).max(120),
  updatedAt: isoDate,
  /** When the owner last checked it still holds. */
  reviewedAt: isoDate.optional(),
  /** Team ids that see it; empty: everyone the pack reaches. */
  teams: z.array(z.string().min(1).max(80)).max(40).default([]),
});

export type Snippet = z.infer<typeof snippetSchema>;
