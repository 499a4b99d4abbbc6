import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { readHelpdeskTimes } from '../../lib/hub/helpdesk-times-service';
import { ticketTabsItem, type TicketTab } from '../../lib/hub/ticket-tabs';
import type { PageReading } from '../../lib/ticket/page-reading';
import { ticketReading } from '../builders/ticket';

const origin = 'https://northwind.zendesk.com';
const createdAt = '2026-11-26T09:58:00Z';
const now = Date.parse('2026-11-26T10:00:00Z');

/** Voice ticket #4530 as the page reads it: no times in the page. */
function voiceReading(latestCustomerMessage = 'Caller asks for a callback about the duplicate charge.') {
  return ticketReading({
    ticketId: '4530',
    url: `${origin}/agent/tickets/4530`,
    channel: 'phone',
    createdAt: undefined,
    lastCustomerMessageAt: undefined,
    lastAgentReplyAt: undefined,
    latestCustomerMessage,
  });
}

function zendeskApi() {
  return vi.fn(async (url: string) =>
    url.includes('/comments.json')
      ? Response.json({
          comments: [{ author_id: 39920145, public: true, created_at: createdAt, via: { channel: 'voice' } }],
          users: [{ id: 39920145, role: 'end-user' }],
        })
      : Response.json({
          ticket: {
            id: 4530,
            status: 'open',
            requester_id: 39920145,
            tags: [],
            created_at: createdAt,
            updated_at: createdAt,
          },
        }),
  );
}

async function showInTabs(reading: PageReading, ...tabIds: number[]) {
  const tabs: Record<string, TicketTab> = {};
  for (const tabId of tabIds) tabs[tabId] = { windowId: 1, reading, seenAt: now, firstSeenAt: now };
  await ticketTabsItem.update(() => tabs);
}

let fetch: ReturnType<typeof zendeskApi>;
const read = (reading: PageReading, at: number) =>
  readHelpdeskTimes(reading, at, { fetch: fetch as unknown as typeof globalThis.fetch });

beforeEach(() => {
  fakeBrowser.reset();
  fetch = zendeskApi();
});

describe('readHelpdeskTimes', () => {
  test("a voice ticket's exact times reach every tab showing it", async () => {
    await showInTabs(voiceReading(), 7, 8);
    await read(voiceReading(), now);
    expect(fetch).toHaveBeenCalledTimes(2);
    const tabs = await ticketTabsItem.get();
    for (const tabId of ['7', '8'])
      expect(tabs[tabId]?.helpdeskTimes?.times).toEqual({
        createdAt: '2026-11-26T09:58:00.000Z',
        lastCustomerMessageAt: '2026-11-26T09:58:00.000Z',
      });
  });

  test('a burst of readings asks the API once', async () => {
    await showInTabs(voiceReading(), 7);
    await Promise.all([
      read(voiceReading(), now),
      read(voiceReading(), now + 20),
      read(voiceReading(), now + 40),
    ]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('asks again 30 s after the page changed, or 2 min after it did not', async () => {
    await showInTabs(voiceReading(), 7);
    await read(voiceReading(), now);
    await read(voiceReading('Customer called again.'), now + 29_000);
    expect(fetch).toHaveBeenCalledTimes(2);
    await read(voiceReading('Customer called again.'), now + 30_000);
    expect(fetch).toHaveBeenCalledTimes(4);
    await read(voiceReading('Customer called again.'), now + 149_000);
    expect(fetch).toHaveBeenCalledTimes(4);
    await read(voiceReading('Customer called again.'), now + 150_000);
    expect(fetch).toHaveBeenCalledTimes(6);
  });

  test('a page that carries its own times, or another helpdesk, needs no API', async () => {
    const email = ticketReading();
    const salesforce = ticketReading({ helpdesk: 'salesforce', createdAt: undefined });
    await showInTabs(email, 7);
    await read(email, now);
    await read(salesforce, now);
    await read({ kind: 'no-ticket', helpdesk: 'zendesk', helpdeskName: 'Zendesk' }, now);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('when the API fails the times read before are kept, and it is not asked again at once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await showInTabs(voiceReading(), 7);
    await read(voiceReading(), now);
    fetch.mockImplementation(async () => new Response('', { status: 403 }));
    await read(voiceReading('Customer called again.'), now + 30_000);
    await read(voiceReading('Customer called again.'), now + 31_000);
    expect(fetch).toHaveBeenCalledTimes(4);
    const tabs = await ticketTabsItem.get();
    expect(tabs['7']?.helpdeskTimes?.times?.createdAt).toBe('2026-11-26T09:58:00.000Z');
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining('4530'),
      expect.stringContaining('403'),
    );
  });
});
