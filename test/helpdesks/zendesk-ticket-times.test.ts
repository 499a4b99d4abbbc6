import { describe, expect, test, vi } from 'vitest';

import type { ZendeskApiTicket, ZendeskCommentList } from '../../lib/helpdesks/zendesk-api';
import { fetchZendeskTicketTimes, ticketTimesFromApi } from '../../lib/helpdesks/zendesk-ticket-times';

const origin = 'https://northwind.zendesk.com';
const maya = 39920145;
const sam = 39900001;
const ccPartner = 39920999;

/** Zendesk's voice ticket #4530 as `/api/v2/tickets/4530.json` has it. */
const voiceTicket: ZendeskApiTicket = {
  id: 4530,
  subject: 'Callback: refund still not received',
  status: 'open',
  priority: 'high',
  requester_id: maya,
  tags: ['billing', 'refund', 'callback'],
  via: { channel: 'voice' },
  created_at: '2026-11-26T09:58:00Z',
  updated_at: '2026-11-26T10:41:00Z',
};

function comment(
  author_id: number,
  created_at: string,
  extra: Partial<ZendeskCommentList['comments'][number]> = {},
) {
  return { author_id, created_at, public: true, via: { channel: 'voice' }, ...extra };
}

const users: ZendeskCommentList['users'] = [
  { id: maya, role: 'end-user' },
  { id: sam, role: 'agent' },
  { id: ccPartner, role: 'end-user' },
];

describe('ticketTimesFromApi', () => {
  test('the creation instant, the latest customer message and the latest public agent reply', () => {
    const times = ticketTimesFromApi(voiceTicket, {
      users,
      comments: [
        comment(sam, '2026-11-26T10:20:00Z', { via: { channel: 'web' } }),
        comment(maya, '2026-11-26T10:05:00Z'),
        comment(maya, '2026-11-26T09:58:00Z'),
      ],
    });
    expect(times).toEqual({
      createdAt: '2026-11-26T09:58:00.000Z',
      lastCustomerMessageAt: '2026-11-26T10:05:00.000Z',
      lastAgentReplyAt: '2026-11-26T10:20:00.000Z',
    });
  });

  test('internal notes, trigger messages and bot answers are no reply', () => {
    const times = ticketTimesFromApi(voiceTicket, {
      users: [...users, { id: 39900099, role: 'agent' }],
      comments: [
        comment(sam, '2026-11-26T10:40:00Z', { public: false }),
        comment(sam, '2026-11-26T10:30:00Z', { via: { channel: 'rule' } }),
        comment(sam, '2026-11-26T10:25:00Z', { via: { channel: 'automation' } }),
        comment(39900099, '2026-11-26T10:10:00Z', { via: { channel: 'answer_bot_for_web_widget' } }),
        comment(maya, '2026-11-26T09:58:00Z'),
      ],
    });
    expect(times.lastAgentReplyAt).toBeUndefined();
    expect(times.lastCustomerMessageAt).toBe('2026-11-26T09:58:00.000Z');
  });

  test('a message from another end-user on the ticket (a CC) is a customer message', () => {
    const times = ticketTimesFromApi(voiceTicket, {
      users,
      comments: [
        comment(ccPartner, '2026-11-26T10:12:00Z', { via: { channel: 'email' } }),
        comment(maya, '2026-11-26T09:58:00Z'),
      ],
    });
    expect(times.lastCustomerMessageAt).toBe('2026-11-26T10:12:00.000Z');
  });

  test("the requester's message counts even when the users were not side-loaded", () => {
    const times = ticketTimesFromApi(voiceTicket, {
      users: [],
      comments: [comment(maya, '2026-11-26T10:01:00Z')],
    });
    expect(times).toEqual({
      createdAt: '2026-11-26T09:58:00.000Z',
      lastCustomerMessageAt: '2026-11-26T10:01:00.000Z',
    });
  });

  test('a ticket with no comments yet has only its creation instant', () => {
    expect(ticketTimesFromApi(voiceTicket, { users: [], comments: [] })).toEqual({
      createdAt: '2026-11-26T09:58:00.000Z',
    });
  });
});

describe('fetchZendeskTicketTimes', () => {
  test('asks for the ticket and its newest comments with their authors, with the session cookie', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.includes('/comments.json')
        ? Response.json({ comments: [comment(maya, '2026-11-26T09:58:00Z')], users, next_page: null })
        : Response.json({ ticket: voiceTicket }),
    );
    const times = await fetchZendeskTicketTimes(origin, '4530', {
      fetch: fetch as unknown as typeof globalThis.fetch,
    });
    expect(times.createdAt).toBe('2026-11-26T09:58:00.000Z');
    expect(fetch.mock.calls.map(([url]) => url).sort()).toEqual([
      `${origin}/api/v2/tickets/4530.json`,
      `${origin}/api/v2/tickets/4530/comments.json?sort_order=desc&include=users`,
    ]);
    for (const call of fetch.mock.calls as unknown as [string, RequestInit][])
      expect(call[1]).toMatchObject({ credentials: 'include' });
  });

  test('a comment list of the wrong shape is refused, not half-read', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.includes('/comments.json')
        ? Response.json({ comments: [{ author_id: 'maya', created_at: 'yesterday' }] })
        : Response.json({ ticket: voiceTicket }),
    );
    await expect(
      fetchZendeskTicketTimes(origin, '4530', { fetch: fetch as unknown as typeof globalThis.fetch }),
    ).rejects.toThrow();
  });
});
