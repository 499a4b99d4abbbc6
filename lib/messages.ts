import { z } from 'zod';

import { pageReadingSchema } from './ticket/page-reading';

/**
 * The typed protocol between contexts (design.md, "Messages"). Messages are grouped by
 * direction; each has a name, a payload schema and a reply schema. A receiver parses before
 * handling and drops (and logs) what does not parse.
 */
export const contentToBackground = {
  /** What the helpdesk page shows now; sent whenever it changes. */
  pageRead: { payload: pageReadingSchema, reply: z.void() },
} as const;

type Protocol = Record<string, { payload: z.ZodType; reply: z.ZodType }>;

/** `{ name, payload }` for each message of a protocol, as a discriminated union. */
export type MessageOf<P extends Protocol> = {
  [Name in keyof P & string]: { name: Name; payload: z.infer<P[Name]['payload']> };
}[keyof P & string];

/** One handler per message, typed from its schemas: a missing or extra handler fails to compile. */
export type Handlers<P extends Protocol, Sender> = {
  [Name in keyof P & string]: (
    payload: z.infer<P[Name]['payload']>,
    sender: Sender,
  ) => Promise<z.infer<P[Name]['reply']>> | z.infer<P[Name]['reply']>;
};

export type ContentToBackground = MessageOf<typeof contentToBackground>;

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
  const parsed = definition.payload.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || '(payload)';
    return { ok: false, reason: `${name}: ${path}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, message: { name, payload: parsed.data } as MessageOf<P> };
}
