import { describe, expect, test, vi } from 'vitest';

import {
  channelOfVia,
  fetchRequestedTickets,
  fetchZendeskTicket,
  statusOfApi,
} from '../../lib/helpdesks/zendesk-api';

const origin = 'https://northwind.zendesk.com';

function apiTicket(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id,
    subject: 'Refund for double charge on November invoice',
    status: 'open',
    priority: 'high',
    requester_id: 39920145,
    tags: ['billing', 'refund'],
    via: { channel: 'email', source: { from: { address: 'maya.okafor@example.com' } } },
    created_at: '2026-11-26T08:12:00Z',
    updated_at: '2026-11-26T10:47:00Z',
    custom_fields: [],
    ...overrides,
  };
}

function answers(...responses: Response[]) {
  const fetch = vi.fn(async () => responses.shift() ?? new Response('{}', { status: 500 }));
  return fetch as unknown as typeof globalThis.fetch & typeof fetch;
}

describe('fetchZendeskTicket', () => {
  test('reads the ticket with the session cookie and checks its shape', async () => {
    const fetch = answers(Response.json({ ticket: apiTicket(4512) }));
    const ticket = await fetchZendeskTicket(origin, '4512', { fetch });
    expect(ticket).toMatchObject({ id: 4512, requester_id: 39920145, via: { channel: 'email' } });
    expect(fetch).toHaveBeenCalledWith(
      `${origin}/api/v2/tickets/4512.json`,
      expect.objectContaining({ credentials: 'include' }),
    );
  });

  test('waits as Retry-After says on 429, then reads', async () => {
    const wait = vi.fn(async () => undefined);
    const fetch = answers(
      new Response('', { status: 429, headers: { 'retry-after': '3' } }),
      Response.json({ ticket: apiTicket(4512) }),
    );
    await fetchZendeskTicket(origin, '4512', { fetch, wait });
    expect(wait).toHaveBeenCalledWith(3000);
  });

  test('gives up after two retries rather than hammering the helpdesk', async () => {
    const tooMany = () => new Response('', { status: 429, headers: { 'retry-after': '1' } });
    const fetch = answers(tooMany(), tooMany(), tooMany(), tooMany());
    await expect(fetchZendeskTicket(origin, '4512', { fetch, wait: async () => undefined })).rejects.toThrow(
      'Zendesk answered HTTP 429 for /api/v2/tickets/4512.json',
    );
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  test('refuses an answer of the wrong shape', async () => {
    const fetch = answers(Response.json({ ticket: { id: 'not a number' } }));
    await expect(fetchZendeskTicket(origin, '4512', { fetch })).rejects.toThrow();
  });
});

describe('fetchRequestedTickets', () => {
  test('follows next_page up to the page limit', async () => {
    const page = (ids: number[], next: string | null) =>
      Response.json({ tickets: ids.map((id) => apiTicket(id)), next_page: next });
    const fetch = answers(
      page([4530, 4512], `${origin}/api/v2/users/39920145/tickets/requested.json?page=2`),
      page([4388, 4301], `${origin}/api/v2/users/39920145/tickets/requested.json?page=3`),
      page([4100], null),
    );
    const tickets = await fetchRequestedTickets(origin, 39920145, { fetch, maxPages: 2 });
    expect(tickets.map((ticket) => ticket.id)).toEqual([4530, 4512, 4388, 4301]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('never follows a next_page to another host with the session', async () => {
    const fetch = answers(
      Response.json({ tickets: [apiTicket(4530)], next_page: 'https://evil.example/steal' }),
    );
    const tickets = await fetchRequestedTickets(origin, 39920145, { fetch });
    expect(tickets).toHaveLength(1);
    expect(fetch).toHaveBeenCalledOnce();
  });
});

test.each([
  ['email', 'email'],
  ['web', 'web'],
  ['voice', 'phone'],
  ['phone_call_inbound', 'phone'],
  ['native_messaging', 'messaging'],
  ['whatsapp', 'messaging'],
  ['chat', 'chat'],
  ['twitter', 'social'],
  ['api', 'api'],
  ['carrier_pigeon', 'other'],
  [undefined, 'other'],
])('via.channel %s is the %s channel', (via, channel) => {
  expect(channelOfVia(via)).toBe(channel);
});

test.each([
  ['hold', 'on-hold'],
  ['solved', 'solved'],
  ['constructor', undefined],
])('status %s is %s', (api, status) => {
  expect(statusOfApi(api)).toBe(status);
});
