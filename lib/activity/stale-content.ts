import { z } from 'zod';

import { isStale, lastReviewed } from '../knowledge/staleness';
import type { Snippet } from '../packs/snippet-schema';
import type { ActivityEvent } from './activity-event';
import { ByTwoKeys } from './by-two-keys';

const DAY_MS = 86_400_000;
/** "Never used in 30 days" (issue #7). */
export const UNUSED_DAYS = 30;

export const staleReasons = ['unused-30-days', 'never-matched', 'past-review'] as const;
export type StaleReason = (typeof staleReasons)[number];

const instant = z.iso.datetime();
const id = z.string().min(1).max(80);

export const staleSnippetSchema = z.object({
  packId: id,
  snippetId: id,
  title: z.string().max(200),
  /** Who keeps it right, as the pack says: whom the team lead asks. */
  owner: z.string().max(120),
  reasons: z.array(z.enum(staleReasons)).min(1),
  lastInsertedAt: instant.nullable(),
  lastMatchedAt: instant.nullable(),
  /** Last review (or edit) plus the pack's review interval; null when the pack sets none. */
  reviewDueOn: z.iso.date().nullable(),
});

export const staleContentSchema = z.object({
  checkedAt: instant,
  /** The oldest event the log still holds: "never matched" means never since then. */
  logSince: instant.nullable(),
  snippets: z.array(staleSnippetSchema),
});

export type StaleSnippet = z.infer<typeof staleSnippetSchema>;
export type StaleContent = z.infer<typeof staleContentSchema>;

/** One installed pack's snippets and the review interval it promises. */
export interface PackSnippets {
  packId: string;
  reviewIntervalDays?: number | undefined;
  snippets: readonly Snippet[];
}

const isoOrNull = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());

function latestBy(events: readonly ActivityEvent[]) {
  const inserted = new ByTwoKeys<number>();
  const matched = new ByTwoKeys<number>();
  const keep = (latest: ByTwoKeys<number>, packId: string, snippetId: string, at: number) => {
    if ((latest.get(packId, snippetId) ?? -1) < at) latest.set(packId, snippetId, at);
  };
  let oldest: number | undefined;
  for (const event of events) {
    if (oldest === undefined || event.at < oldest) oldest = event.at;
    if (event.kind === 'snippet-inserted') keep(inserted, event.packId, event.snippetId, event.at);
    else if (event.kind === 'snippet-matched') {
      for (const snippetId of event.snippetIds) keep(matched, event.packId, snippetId, event.at);
    }
  }
  return { inserted, matched, oldest };
}

/** The day `days` after a YYYY-MM-DD date. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The snippets a team lead should look at (issue #7, item 4), in pack order then snippet order:
 * - `unused-30-days`: not inserted in the 30 days up to `now`;
 * - `never-matched`: never suggested by the panel for a ticket in the whole log (`logSince` says
 *   how far back that is; a snippet found by typing a search is still "never matched": its tags
 *   or text do not lead the ranking to it);
 * - `past-review`: its pack's review interval has passed since its last review, by the same rule
 *   the agent's card uses (lib/knowledge/staleness.ts).
 * Pass the whole retained log: one pass over it. A snippet with no reason is left out.
 */
export function staleContent({
  packs,
  events,
  now,
}: {
  packs: readonly PackSnippets[];
  events: readonly ActivityEvent[];
  now: number;
}): StaleContent {
  const { inserted, matched, oldest } = latestBy(events);
  const usedSince = now - UNUSED_DAYS * DAY_MS;
  const snippets: StaleSnippet[] = [];
  for (const pack of packs) {
    for (const snippet of pack.snippets) {
      const lastInserted = inserted.get(pack.packId, snippet.id);
      const lastMatched = matched.get(pack.packId, snippet.id);
      const reasons: StaleReason[] = [];
      if (lastInserted === undefined || lastInserted < usedSince) reasons.push('unused-30-days');
      if (lastMatched === undefined) reasons.push('never-matched');
      if (isStale(snippet, pack.reviewIntervalDays, new Date(now))) reasons.push('past-review');
      if (reasons.length === 0) continue;
      snippets.push({
        packId: pack.packId,
        snippetId: snippet.id,
        title: snippet.title,
        owner: snippet.owner,
        reasons,
        lastInsertedAt: isoOrNull(lastInserted),
        lastMatchedAt: isoOrNull(lastMatched),
        reviewDueOn:
          pack.reviewIntervalDays === undefined
            ? null
            : addDays(lastReviewed(snippet), pack.reviewIntervalDays),
      });
    }
  }
  return { checkedAt: new Date(now).toISOString(), logSince: isoOrNull(oldest), snippets };
}
