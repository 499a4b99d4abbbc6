import { expect, test } from 'vitest';

import { withHelpdeskTimes } from '../../lib/ticket/helpdesk-times';
import { makeTicket } from '../builders/ticket';

const voicePage = makeTicket({
  ticketId: '4530',
  channel: 'phone',
  createdAt: undefined,
  lastCustomerMessageAt: undefined,
  lastAgentReplyAt: undefined,
});

test('without API times the snapshot is as the page read it', () => {
  expect(withHelpdeskTimes(voicePage, undefined)).toBe(voicePage);
});

test("the API's times fill in what the page does not carry", () => {
  const merged = withHelpdeskTimes(voicePage, {
    createdAt: '2026-11-26T09:58:00.000Z',
    lastCustomerMessageAt: '2026-11-26T09:58:00.000Z',
  });
  expect(merged).toMatchObject({
    createdAt: '2026-11-26T09:58:00.000Z',
    lastCustomerMessageAt: '2026-11-26T09:58:00.000Z',
  });
  expect(merged.lastAgentReplyAt).toBeUndefined();
  expect(voicePage.createdAt).toBeUndefined();
});

test('of two latest-message readings the later wins, whichever source it came from', () => {
  const page = makeTicket({
    lastCustomerMessageAt: '2026-11-26T10:47:00.000Z',
    lastAgentReplyAt: '2026-11-26T08:52:00.000Z',
  });
  const merged = withHelpdeskTimes(page, {
    createdAt: '2026-11-26T08:12:00.000Z',
    lastCustomerMessageAt: '2026-11-26T10:30:00.000Z',
    lastAgentReplyAt: '2026-11-26T10:55:00.000Z',
  });
  expect(merged.lastCustomerMessageAt).toBe('2026-11-26T10:47:00.000Z');
  expect(merged.lastAgentReplyAt).toBe('2026-11-26T10:55:00.000Z');
});
