import { z } from 'zod';

import type { Channel, TicketStatus } from '../ticket/fields';

/**
 * Zendesk's REST API as the agent's own browser session reaches it (research/helpdesk-pages.md
 * §2.6): only GETs, a few per ticket, and a polite back-off when Zendesk answers 429.
 */
const apiTicketSchema = z.object({
  id: z.number().int(),
  subject: z.string().nullable().optional(),
  status: z.string(),
  priority: z.string().nullable().optional(),
  requester_id: z.number().int().nullable().optional(),
  tags: z.array(z.string()).default([]),
  via: z.object({ channel: z.string() }).partial().optional(),
  created_at: z.iso.datetime({ offset: true }),
  updated_at: z.iso.datetime({ offset: true }),
});

export type ZendeskApiTicket = z.infer<typeof apiTicketSchema>;

const ticketResponseSchema = z.object({ ticket: apiTicketSchema });
const ticketListSchema = z.object({
  tickets: z.array(apiTicketSchema),
  next_page: z.string().nullable().optional(),
});

const MAX_RETRIES = 2;
const MAX_RETRY_WAIT_MS = 10_000;

export interface ZendeskApiOptions {
  fetch?: typeof fetch;
  /** Waits between retries; injectable so tests need not sleep. */
  wait?: (ms: number) => Promise<void>;
}

async function getJson(url: string, options: ZendeskApiOptions): Promise<unknown> {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    const response = await doFetch(url, {
      credentials: 'include',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
    if (response.status === 429 && attempt < MAX_RETRIES) {
      const retryAfter = Number(response.headers.get('retry-after'));
      await wait(
        Math.min(MAX_RETRY_WAIT_MS, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 2000),
      );
      continue;
    }
    if (!response.ok)
      throw new Error(`Zendesk answered HTTP ${response.status} for ${new URL(url).pathname}`);
    return response.json();
  }
}

/** One ticket as Zendesk's API has it: exact times, the requester's user id, the channel. */
export async function fetchZendeskTicket(
  origin: string,
  ticketId: string,
  options: ZendeskApiOptions = {},
): Promise<ZendeskApiTicket> {
  const body = await getJson(`${origin}/api/v2/tickets/${encodeURIComponent(ticketId)}.json`, options);
  return ticketResponseSchema.parse(body).ticket;
}

const apiCommentSchema = z.object({
  author_id: z.number().int(),
  public: z.boolean(),
  created_at: z.iso.datetime({ offset: true }),
  via: z.object({ channel: z.string() }).partial().optional(),
});

export type ZendeskApiComment = z.infer<typeof apiCommentSchema>;

const commentListSchema = z.object({
  comments: z.array(apiCommentSchema),
  users: z.array(z.object({ id: z.number().int(), role: z.string() })).default([]),
});

export type ZendeskCommentList = z.infer<typeof commentListSchema>;

/**
 * A ticket's latest comments, newest first, with their authors' roles: one page (Zendesk's 100 by
 * default) holds the latest customer message and agent reply of any ticket a countdown runs on.
 */
export async function fetchLatestComments(
  origin: string,
  ticketId: string,
  options: ZendeskApiOptions = {},
): Promise<ZendeskCommentList> {
  const body = await getJson(
    `${origin}/api/v2/tickets/${encodeURIComponent(ticketId)}/comments.json?sort_order=desc&include=users`,
    options,
  );
  return commentListSchema.parse(body);
}

/** The tickets a user requested, following `next_page` for at most `maxPages` pages. */
export async function fetchRequestedTickets(
  origin: string,
  userId: number,
  { maxPages = 2, ...options }: ZendeskApiOptions & { maxPages?: number } = {},
): Promise<ZendeskApiTicket[]> {
  const tickets: ZendeskApiTicket[] = [];
  let next: string | null | undefined =
    `${origin}/api/v2/users/${userId}/tickets/requested.json?sort_by=updated_at&sort_order=desc`;
  for (let page = 0; next && page < maxPages; page++) {
    // Only follow pages on the same helpdesk: a response must not send the session elsewhere.
    if (new URL(next).origin !== origin) break;
    const list = ticketListSchema.parse(await getJson(next, options));
    tickets.push(...list.tickets);
    next = list.next_page;
  }
  return tickets;
}

/** Zendesk's `via.channel` names (and their older spellings) as the snapshot's channels. */
export function channelOfVia(channel: string | undefined): Channel {
  switch (channel) {
    case 'email':
    case 'mail':
      return 'email';
    case 'web':
    case 'web_form':
    case 'web_widget':
      return 'web';
    case 'voice':
    case 'phone_call_inbound':
    case 'phone_call_outbound':
    case 'voicemail':
      return 'phone';
    case 'chat':
      return 'chat';
    case 'native_messaging':
    case 'whatsapp':
    case 'line':
    case 'wechat':
    case 'sms':
    case 'mobile_sdk':
    case 'sunshine_conversations_api':
      return 'messaging';
    case 'twitter':
    case 'facebook':
    case 'instagram_dm':
      return 'social';
    case 'api':
      return 'api';
    default:
      return 'other';
  }
}

const apiStatuses = new Map<string, TicketStatus>([
  ['new', 'new'],
  ['open', 'open'],
  ['pending', 'pending'],
  ['hold', 'on-hold'],
  ['solved', 'solved'],
  ['closed', 'closed'],
]);

export function statusOfApi(status: string): TicketStatus | undefined {
  return apiStatuses.get(status);
}
