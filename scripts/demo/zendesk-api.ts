import {
  zendeskPastTickets,
  zendeskTickets,
  zendeskUserIds,
  type DemoCustomer,
  type DemoMessage,
  type DemoZendeskTicket,
} from './data';
import type { DemoRoute } from './server';

/** The mock answers with at most this many tickets a page, so clients must follow `next_page`. */
const PAGE_SIZE = 2;

interface ApiTicket {
  id: number;
  subject: string;
  status: string;
  priority: string | null;
  requester_id: number | null;
  tags: string[];
  via: { channel: string };
  created_at: string;
  updated_at: string;
}

const viaChannels: Record<string, string> = {
  Email: 'email',
  'Web form': 'web',
  WhatsApp: 'native_messaging',
  'Phone call (incoming)': 'voice',
  Chat: 'chat',
};

function requesterId(customer: DemoCustomer): number | null {
  return zendeskUserIds.get(customer.name) ?? null;
}

/** Every ticket the mock API knows, with times relative to when the demo server started. */
function apiTickets(startedAt: number): ApiTicket[] {
  const at = (minutesAgo: number) => new Date(startedAt - minutesAgo * 60_000).toISOString();
  return [
    ...zendeskTickets.map((ticket) => ({
      id: ticket.id,
      subject: ticket.subject,
      status: ticket.status.toLowerCase().replace('on-hold', 'hold'),
      priority: ticket.priority?.toLowerCase() ?? null,
      requester_id: requesterId(ticket.customer),
      tags: ticket.tags,
      via: { channel: viaChannels[ticket.via] ?? 'api' },
      created_at: at(ticket.minutesAgoCreated),
      updated_at: at(Math.min(...ticket.messages.map((message) => message.minutesAgo))),
    })),
    ...zendeskPastTickets.map((ticket) => ({
      id: ticket.id,
      subject: ticket.subject,
      status: ticket.status,
      priority: ticket.priority,
      requester_id: requesterId(ticket.customer),
      tags: ticket.tags,
      via: { channel: ticket.channel },
      created_at: at(ticket.minutesAgoCreated),
      updated_at: at(ticket.minutesAgoUpdated),
    })),
  ];
}

/** The Northwind agents and the messaging bot have user ids of their own, as in Zendesk. */
const staffIds = new Map<string, number>();
function staffId(name: string): number {
  if (!staffIds.has(name)) staffIds.set(name, 39900001 + staffIds.size);
  return staffIds.get(name)!;
}

function authorOf(message: DemoMessage, ticket: DemoZendeskTicket) {
  return message.author === 'customer'
    ? { id: requesterId(ticket.customer) ?? 39999999, role: 'end-user' }
    : { id: staffId(message.name), role: 'agent' };
}

/** A demo ticket's conversation as Zendesk's comments endpoint lists it, newest first, with the authors. */
function apiComments(ticket: DemoZendeskTicket, startedAt: number) {
  const comments = ticket.messages
    .map((message, index) => ({
      id: ticket.id * 100 + index,
      type: message.author === 'customer' && ticket.via.startsWith('Phone') ? 'VoiceComment' : 'Comment',
      author_id: authorOf(message, ticket).id,
      public: message.author !== 'internal',
      plain_body: message.body,
      created_at: new Date(startedAt - message.minutesAgo * 60_000).toISOString(),
      // Bot answers come from Zendesk's bot, not from a person.
      via: { channel: message.author === 'bot' ? 'answer_bot' : (viaChannels[ticket.via] ?? 'web') },
    }))
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
  const users = [
    ...new Map(
      ticket.messages.map((message) => {
        const author = authorOf(message, ticket);
        return [author.id, { id: author.id, name: message.name, role: author.role }];
      }),
    ).values(),
  ];
  return { comments, users, next_page: null, count: comments.length };
}

/**
 * The part of Zendesk's REST API that Touchpoint reads, on the demo's Zendesk host: a ticket, its
 * comments, and a user's requested tickets, paginated with `next_page` as Zendesk does. `requests` lets tests
 * check how politely it is used.
 */
export function createZendeskApi(startedAt = Date.now()) {
  const requests: string[] = [];
  const route: DemoRoute = (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    if (!host.endsWith('.zendesk.com') || !url.pathname.startsWith('/api/v2/')) return false;
    requests.push(`${url.pathname}${url.search}`);
    const json = (status: number, body: unknown) =>
      response
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify(body));
    const tickets = apiTickets(startedAt);

    const ticketMatch = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(url.pathname);
    if (ticketMatch) {
      const ticket = tickets.find((candidate) => String(candidate.id) === ticketMatch[1]);
      json(ticket ? 200 : 404, ticket ? { ticket } : { error: 'RecordNotFound' });
      return true;
    }
    const commentsMatch = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(url.pathname);
    if (commentsMatch) {
      const ticket = zendeskTickets.find((candidate) => String(candidate.id) === commentsMatch[1]);
      json(ticket ? 200 : 404, ticket ? apiComments(ticket, startedAt) : { error: 'RecordNotFound' });
      return true;
    }
    const requestedMatch = /^\/api\/v2\/users\/(\d+)\/tickets\/requested\.json$/.exec(url.pathname);
    if (requestedMatch) {
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const requested = tickets
        .filter((ticket) => String(ticket.requester_id) === requestedMatch[1])
        .sort((a, b) => b.updated_at.localeCompare(a.updated_at));
      const pageTickets = requested.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      json(200, {
        tickets: pageTickets,
        next_page: page * PAGE_SIZE < requested.length ? next.href : null,
        count: requested.length,
      });
      return true;
    }
    json(404, { error: 'InvalidEndpoint' });
    return true;
  };
  return { route, requests };
}
