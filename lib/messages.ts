import { z } from 'zod';

import {
  searchEmptySchema,
  snippetFlagSchema,
  snippetInsertedSchema,
  snippetMatchedSchema,
  snippetProposalSchema,
} from './activity/activity-event';
import { pageReportReplySchema } from './diagnostics/report-schema';
import { offerEventKinds } from './history/schema';
import { insertReplyResultSchema } from './messages-to-content';
import { pageReadingSchema } from './ticket/page-reading';

export { backgroundToContent } from './messages-to-content';

/**
 * The typed protocol between contexts (design.md, "Messages"). Messages are grouped by
 * direction; each has a name, a payload schema and a reply schema. A receiver parses before
 * handling and drops (and logs) what does not parse.
 */
export const contentToBackground = {
  /** What the helpdesk page shows now; sent whenever it changes. */
  pageRead: { payload: pageReadingSchema, reply: z.void() },
} as const;

const stamped = { id: true, at: true } as const;

/** What the panel tells the activity log; the background stamps each with an id and the time. */
export const panelActivitySchema = z.discriminatedUnion('kind', [
  snippetInsertedSchema.omit(stamped),
  searchEmptySchema.omit(stamped),
  snippetMatchedSchema.omit(stamped),
  snippetProposalSchema.omit(stamped),
  snippetFlagSchema.omit(stamped),
]);

export type PanelActivity = z.infer<typeof panelActivitySchema>;

const syncOutcomeSchema = z.discriminatedUnion('result', [
  z.strictObject({
    source: z.string(),
    result: z.enum(['installed', 'updated']),
    packId: z.string(),
    version: z.number(),
    notice: z.string(),
  }),
  z.strictObject({ source: z.string(), result: z.literal('unchanged') }),
  z.strictObject({ source: z.string(), result: z.literal('refused'), reason: z.string() }),
]);

/** From the side panel and the options page to the background. */
export const pageToBackground = {
  /** Fetch every configured pack now ("Check now"). */
  checkPacksNow: { payload: z.strictObject({}), reply: z.array(syncOutcomeSchema) },
  /** A pack file (and its detached signature) a team lead picked on the options page. */
  importPack: {
    payload: z.strictObject({
      name: z.string().min(1).max(260),
      // Just over the 20 MB limit, so an oversized file reaches the pack checks and gets their message.
      text: z.string().max(21 * 1024 * 1024),
      signature: z.string().max(200).optional(),
    }),
    reply: syncOutcomeSchema,
  },
  /** "Forget this customer": erase every record of them from the customer history. */
  forgetCustomer: { payload: z.strictObject({ customerId: z.string().min(1).max(100) }), reply: z.void() },
  /**
   * An offer was shown to the agent, or the agent answered it (accepted, the customer declined,
   * not relevant): recorded in the customer history. Replies whether it was recorded.
   */
  recordOfferEvent: {
    payload: z.strictObject({
      customerId: z.string().min(1).max(100),
      offerId: z.string().min(1).max(80),
      kind: z.enum(offerEventKinds),
      /** Where, for the activity log: the offer's pack and the ticket it was shown on. */
      packId: z.string().min(1).max(80),
      ticket: z.strictObject({ helpdesk: z.string().min(1).max(40), ticketId: z.string().min(1).max(40) }),
    }),
    reply: z.boolean(),
  },
  /** Something the agent did in the panel, for "My day" and the team lead's reports. */
  recordActivity: { payload: panelActivitySchema, reply: z.void() },
  /** Insert text into the reply composer of the ticket shown in a tab (relayed to its content script). */
  insertReply: {
    payload: z.strictObject({
      tabId: z.number().int(),
      ticketId: z.string().min(1).max(40),
      text: z.string().min(1).max(20_000),
    }),
    reply: insertReplyResultSchema,
  },
  /**
   * "Report this page" (issue #8): examine the helpdesk page shown in a tab and reply with its
   * redacted structure (`touchpoint-page-report/1`), or why it could not be examined.
   */
  reportPage: { payload: z.strictObject({ tabId: z.number().int() }), reply: pageReportReplySchema },
} as const;

type Protocol = Record<string, { payload: z.core.$ZodType; reply: z.core.$ZodType }>;

/** `{ name, payload }` for each message of a protocol, as a discriminated union. */
export type MessageOf<P extends Protocol> = {
  [Name in keyof P & string]: { name: Name; payload: z.output<P[Name]['payload']> };
}[keyof P & string];

/** One handler per message, typed from its schemas: a missing or extra handler fails to compile. */
export type Handlers<P extends Protocol, Sender> = {
  [Name in keyof P & string]: (
    payload: z.output<P[Name]['payload']>,
    sender: Sender,
  ) => Promise<z.output<P[Name]['reply']>> | z.output<P[Name]['reply']>;
};

/** An offer shown or answered, as the panel reports it. */
export type OfferEventReport = z.output<typeof pageToBackground.recordOfferEvent.payload>;

export type ContentToBackground = MessageOf<typeof contentToBackground>;
export type PageToBackground = MessageOf<typeof pageToBackground>;

/** The reply type of a message, for senders. */
export type ReplyOf<P extends Protocol, Name extends keyof P> = z.output<P[Name]['reply']>;

const envelopeSchema = z.strictObject({ name: z.string().max(60), payload: z.unknown() });

export type ParsedMessage<P extends Protocol> =
  { ok: true; message: MessageOf<P> } | { ok: false; reason: string };

/** Parses an incoming message against a protocol; the reason names the message and the failing path. */
export function parseMessage<P extends Protocol>(protocol: P, raw: unknown): ParsedMessage<P> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, reason: 'not a Touchpoint message envelope' };
  const { name, payload } = envelope.data;
  const definition = Object.hasOwn(protocol, name) ? protocol[name] : undefined;
  if (!definition) return { ok: false, reason: `unknown message "${name}"` };
  const parsed = z.safeParse(definition.payload, payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || '(payload)';
    return { ok: false, reason: `${name}: ${path}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, message: { name, payload: parsed.data } as MessageOf<P> };
}

/**
 * Calls the handler for a parsed message. TypeScript cannot correlate a union's name with its
 * payload through an index, so the one cast lives here, guarded by the parse that produced `message`.
 */
export function dispatch<P extends Protocol, Sender>(
  handlers: Handlers<P, Sender>,
  message: MessageOf<P>,
  sender: Sender,
): Promise<unknown> {
  const handler = handlers[message.name] as (payload: unknown, sender: Sender) => unknown;
  return Promise.resolve(handler(message.payload, sender));
}
