import 'fake-indexeddb/auto';

import { expect, test } from 'vitest';

import { activityBetween } from '../../lib/activity/event-log';
import { activityDb } from '../../lib/activity/activity-service';
import {
  recordOfferActivity,
  recordPanelActivity,
  recordTicketViewed,
} from '../../lib/hub/activity-recording';
import { ticketReading } from '../builders/ticket';

/** A minute ago: the other events are stamped with the clock as they are recorded. */
const at = Date.now() - 60_000;
const ticket = { helpdesk: 'zendesk', ticketId: '4519' };

test('the background logs views of new tickets, counted showings and answers, and what the panel reports', async () => {
  await recordTicketViewed(ticketReading(), at, { newTicket: true });
  await recordTicketViewed(ticketReading({ status: 'pending' }), at + 1000, { newTicket: false });
  const offer = { offerId: 'mesh-extender-weak-signal', packId: 'northwind-support', ticket };
  await recordOfferActivity({ ...offer, kind: 'shown' }, true);
  await recordOfferActivity({ ...offer, kind: 'shown' }, false);
  await recordOfferActivity({ ...offer, kind: 'declined' }, true);
  await recordPanelActivity({ kind: 'search-empty', query: 'router firmware rollback' });

  const logged = await activityBetween(await activityDb(), 0, Date.now() + 1000);
  const kindOf = (event: (typeof logged)[number]) =>
    `${event.kind}${'answer' in event ? ` ${event.answer}` : ''}`;
  // The log is ordered by time; events stamped in the same millisecond (the last three, on a
  // fast machine) come in no particular order among themselves.
  expect(kindOf(logged[0]!)).toBe('ticket-viewed');
  expect(logged.slice(1).map(kindOf).sort()).toEqual(['offer declined', 'offer shown', 'search-empty']);
  expect(logged[0]).toEqual({
    id: expect.any(String),
    at,
    kind: 'ticket-viewed',
    helpdesk: 'zendesk',
    ticketId: '4512',
    channel: 'email',
  });
  expect(new Set(logged.map((event) => event.id)).size).toBe(4);
});
