import { z } from 'zod';

import { offerEventKinds } from '../history/schema';
import { channels } from '../ticket/fields';

/**
 * The agent's activity log (issue #7): what the "My day" figures, the team-lead export and the
 * stale-content report are computed from. One record per thing the agent did or saw, written by
 * the background only. It holds no customer personal data, with one exception the agent makes
 * on purpose: the `excerpt` of a proposal or flag, the ticket text they chose to show why. That
 * leaves the browser only in an export made with "include customer data" ticked.
 */

/** The most an excerpt of ticket text may hold. */
export const MAX_EXCERPT = 2000;
/** The most of an empty search the log keeps: the agent's typed text, not a document. */
export const MAX_QUERY = 200;
/** A proposal's Markdown body. */
export const MAX_PROPOSAL_BODY = 5000;
export const MAX_FLAG_NOTE = 1000;
/** Snippets one panel suggestion may list. */
export const MAX_MATCHED = 100;

export const flagKinds = ['wrong', 'stale'] as const;
export type FlagKind = (typeof flagKinds)[number];
export type OfferAnswer = (typeof offerEventKinds)[number];

const epochMs = z.number().int().nonnegative();
const helpdesk = z.string().min(1).max(40);
const ticketId = z.string().min(1).max(40);
// The lengths the pack schema allows for the same fields.
const packId = z.string().min(1).max(80);
const itemId = z.string().min(1).max(80);
const title = z.string().min(1).max(200);
const excerpt = z.string().min(1).max(MAX_EXCERPT);

const base = { id: z.string().min(1).max(100), at: epochMs };

export const ticketViewedSchema = z.object({
  ...base,
  kind: z.literal('ticket-viewed'),
  helpdesk,
  ticketId,
  channel: z.enum(channels),
});

export const snippetInsertedSchema = z.object({
  ...base,
  kind: z.literal('snippet-inserted'),
  helpdesk,
  ticketId,
  channel: z.enum(channels),
  packId,
  snippetId: itemId,
  /** As the pack titled it then, so a report can name a snippet since removed. */
  snippetTitle: title,
});

export const searchEmptySchema = z.object({
  ...base,
  kind: z.literal('search-empty'),
  /** What the agent typed. Exports mask what looks like personal data in it (report-export.ts). */
  query: z.string().min(1).max(MAX_QUERY),
});

export const snippetMatchedSchema = z.object({
  ...base,
  kind: z.literal('snippet-matched'),
  packId,
  /** The snippets of this pack the panel suggested for a ticket, best first. */
  snippetIds: z.array(itemId).max(MAX_MATCHED),
});

export const offerAnsweredSchema = z.object({
  ...base,
  kind: z.literal('offer'),
  helpdesk,
  ticketId,
  packId,
  offerId: itemId,
  answer: z.enum(offerEventKinds),
});

export const snippetProposalSchema = z.object({
  ...base,
  kind: z.literal('snippet-proposal'),
  helpdesk,
  ticketId,
  title,
  /** Markdown, as a snippet body. */
  body: z.string().min(1).max(MAX_PROPOSAL_BODY),
  /** Customer text the agent chose to show why: see the header. */
  excerpt: excerpt.optional(),
  category: z.string().min(1).max(80).optional(),
  /** The pack the agent suggests it belongs in. */
  packId: packId.optional(),
});

export const snippetFlagSchema = z.object({
  ...base,
  kind: z.literal('snippet-flag'),
  packId,
  snippetId: itemId,
  snippetTitle: title,
  flag: z.enum(flagKinds),
  note: z.string().max(MAX_FLAG_NOTE),
  /** Customer text the agent chose to show why: see the header. */
  excerpt: excerpt.optional(),
});

export const activityEventSchema = z.discriminatedUnion('kind', [
  ticketViewedSchema,
  snippetInsertedSchema,
  searchEmptySchema,
  snippetMatchedSchema,
  offerAnsweredSchema,
  snippetProposalSchema,
  snippetFlagSchema,
]);

export type ActivityEvent = z.infer<typeof activityEventSchema>;
export type ActivityKind = ActivityEvent['kind'];
export type ActivityOf<K extends ActivityKind> = Extract<ActivityEvent, { kind: K }>;
export type SnippetProposal = ActivityOf<'snippet-proposal'>;
export type SnippetFlag = ActivityOf<'snippet-flag'>;
