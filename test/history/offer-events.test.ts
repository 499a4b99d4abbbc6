import 'fake-indexeddb/auto';

import { beforeEach, expect, test } from 'vitest';

import type { HistoryDb } from '../../lib/history/db';
import { allOfferEvents, recordOfferEvent } from '../../lib/history/offer-events';
import { forgetCustomer } from '../../lib/history/privacy';
import { customerHistory } from '../../lib/history/queries';
import { recordTicket } from '../../lib/history/recorder';
import { freshHistory, HOUR, NOW } from '../builders/history';
import { makeTicket } from '../builders/ticket';

let db: HistoryDb;
let mayaId: string;

beforeEach(async () => {
  db = await freshHistory();
  await recordTicket(db, makeTicket(), NOW - HOUR);
  const history = await customerHistory(db, makeTicket(), { now: NOW });
  mayaId = history.customer!.id;
});

const mesh = (kind: 'shown' | 'accepted' | 'declined' | 'not-relevant') => ({
  customerId: mayaId,
  offerId: 'mesh-extender-weak-signal',
  kind,
});

test('answers are recorded under the customer, with the time', async () => {
  expect(await recordOfferEvent(db, mesh('declined'), NOW)).toBe(true);
  expect(await allOfferEvents(db)).toEqual([
    {
      id: expect.any(String),
      customerId: mayaId,
      offerId: 'mesh-extender-weak-signal',
      kind: 'declined',
      at: NOW,
    },
  ]);
});

test('"shown" counts once in twelve hours per customer and offer; answers always count', async () => {
  expect(await recordOfferEvent(db, mesh('shown'), NOW)).toBe(true);
  expect(await recordOfferEvent(db, mesh('shown'), NOW + 11 * HOUR)).toBe(false);
  expect(await recordOfferEvent(db, { ...mesh('shown'), offerId: 'fibre-500-upgrade' }, NOW + HOUR)).toBe(
    true,
  );
  expect(await recordOfferEvent(db, mesh('not-relevant'), NOW + 2 * HOUR)).toBe(true);
  expect(await recordOfferEvent(db, mesh('not-relevant'), NOW + 3 * HOUR)).toBe(true);
  expect(await recordOfferEvent(db, mesh('shown'), NOW + 12 * HOUR)).toBe(true);
  expect((await allOfferEvents(db)).map((event) => event.kind).sort()).toEqual([
    'not-relevant',
    'not-relevant',
    'shown',
    'shown',
    'shown',
  ]);
});

test('an answer about a customer who was forgotten meanwhile is dropped, not orphaned', async () => {
  await forgetCustomer(db, mayaId);
  expect(await recordOfferEvent(db, mesh('accepted'), NOW)).toBe(false);
  expect(await allOfferEvents(db)).toEqual([]);
});

test("the customer's answers are erased with them", async () => {
  await recordOfferEvent(db, mesh('declined'), NOW);
  await forgetCustomer(db, mayaId);
  expect(await allOfferEvents(db)).toEqual([]);
});
