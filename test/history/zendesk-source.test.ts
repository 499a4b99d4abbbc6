import 'fake-indexeddb/auto';

import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { openHistory, type HistoryDb } from '../../lib/history/db';
import { customerHistory } from '../../lib/history/queries';
import { recordTicket } from '../../lib/history/recorder';
import { recordRequesterTickets } from '../../lib/history/zendesk-source';
import { makeTicket } from '../builders/ticket';

const origin = 'https://northwind.zendesk.com';
const now = Date.parse('2026-11-26T11:00:00Z');
let db: HistoryDb;
let name: string;

function apiTicket(id: number, subject: string, channel: string, createdAt: string) {
  return {
    id,
    subject,
    status: 'closed',
    priority: 'normal',
    requester_id: 39920145,
    tags: ['router_x2'],
    via: { channel },
    created_at: createdAt,
    updated_at: createdAt,
  };
}

function zendesk() {
  const responses = new Map<string, unknown>([
    [
      `${origin}/api/v2/tickets/4512.json`,
      {
        ticket: apiTicket(
          4512,
          'Refund for double charge on November invoice',
          'email',
          '2026-11-26T08:12:00Z',
        ),
      },
    ],
    [
      `${origin}/api/v2/users/39920145/tickets/requested.json?sort_by=updated_at&sort_order=desc`,
      {
        tickets: [
          apiTicket(4512, 'Refund for double charge on November invoice', 'email', '2026-11-26T08:12:00Z'),
          apiTicket(4301, 'Router X2 setup: Wi-Fi name and password', 'chat', '2026-11-05T14:03:00Z'),
        ],
        next_page: null,
      },
    ],
  ]);
  const fetch = vi.fn(async (url: string) =>
    Response.json(responses.get(url) ?? {}, { status: responses.has(url) ? 200 : 404 }),
  );
  return fetch as unknown as typeof globalThis.fetch & typeof fetch;
}

beforeEach(async () => {
  fakeBrowser.reset();
  name = `history-zendesk-source-${Math.random()}`;
  db = await openHistory(name);
});

afterEach(() => db.close());

test("the requester's other tickets join the customer's history with their own channel and time", async () => {
  const viewed = makeTicket();
  await recordTicket(db, viewed, now);
  const fetch = zendesk();
  expect(await recordRequesterTickets(db, viewed, now, { fetch })).toBe(1);
  const history = await customerHistory(db, viewed, { now });
  expect(
    history.interactions.map(({ ticketId, channel, subject, createdAt, url }) => ({
      ticketId,
      channel,
      subject,
      createdAt,
      url,
    })),
  ).toEqual([
    {
      ticketId: '4301',
      channel: 'chat',
      subject: 'Router X2 setup: Wi-Fi name and password',
      createdAt: Date.parse('2026-11-05T14:03:00Z'),
      url: `${origin}/agent/tickets/4301`,
    },
  ]);
  expect(fetch).toHaveBeenCalledTimes(2);
});

test('asks Zendesk at most once an hour for the same ticket, across service-worker restarts', async () => {
  const viewed = makeTicket();
  const fetch = zendesk();
  await recordRequesterTickets(db, viewed, now, { fetch });
  expect(await recordRequesterTickets(db, viewed, now + 59 * 60_000, { fetch })).toBe(0);
  expect(fetch).toHaveBeenCalledTimes(2);
  await recordRequesterTickets(db, viewed, now + 61 * 60_000, { fetch });
  expect(fetch).toHaveBeenCalledTimes(4);
});

test('a Salesforce case is not looked up in Zendesk', async () => {
  const fetch = zendesk();
  const salesforceCase = makeTicket({
    helpdesk: 'salesforce',
    ticketId: '00104225',
    url: 'https://northwind.lightning.force.com/lightning/r/Case/5005g00000Qm7Y8AAJ/view',
  });
  expect(await recordRequesterTickets(db, salesforceCase, now, { fetch })).toBe(0);
  expect(fetch).not.toHaveBeenCalled();
});
