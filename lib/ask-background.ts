import { z } from 'zod';

import { browser } from './browser';
import { pageToBackground, type ReplyOf } from './messages';

type PageProtocol = typeof pageToBackground;

/**
 * Sends a message from an extension page to the background and checks the reply against the
 * protocol, so the caller gets the declared type or an error, never an unchecked value.
 */
export async function askBackground<Name extends keyof PageProtocol & string>(
  name: Name,
  payload: z.input<PageProtocol[Name]['payload']>,
): Promise<ReplyOf<PageProtocol, Name>> {
  const reply: unknown = await browser.runtime.sendMessage({ name, payload });
  // The schema is the one for `name`; TypeScript cannot follow that through the generic index.
  return z.parse(pageToBackground[name].reply, reply) as ReplyOf<PageProtocol, Name>;
}
