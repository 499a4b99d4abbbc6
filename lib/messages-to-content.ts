import * as z from 'zod/mini';

/**
 * Messages from the background to the content script. Written with zod/mini because the content
 * script runs inside the helpdesk page and must stay small; `lib/messages.ts` re-exports them.
 */
export const insertReplyPayloadSchema = z.object({
  /** The ticket the panel showed when the agent chose Insert: text for it never lands in another. */
  ticketId: z.string().check(z.minLength(1), z.maxLength(40)),
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
});

export const insertReplyResultSchema = z.union([
  z.object({ inserted: z.literal(true) }),
  z.object({ inserted: z.literal(false), reason: z.string().check(z.maxLength(300)) }),
]);

export type InsertReplyResult = z.infer<typeof insertReplyResultSchema>;

export const backgroundToContent = {
  /** Insert text at the caret of the active ticket's reply composer. */
  insertReply: { payload: insertReplyPayloadSchema, reply: insertReplyResultSchema },
} as const;

/** The whole message as the content script receives it, checked in one parse. */
export const backgroundToContentMessageSchema = z.object({
  name: z.literal('insertReply'),
  payload: insertReplyPayloadSchema,
});
