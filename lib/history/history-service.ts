import { z } from 'zod';

import { browser } from '../browser';
import { historySettingsItem } from '../settings/history-settings';
import { defineStoredItem } from '../storage/stored-item';
import type { PageReading } from '../ticket/page-reading';
import { openHistory, type HistoryDb } from './db';
import { recordOfferEvent, type OfferAnswer } from './offer-events';
import { forgetCustomer, purgeExpired } from './privacy';
import { recordTicket } from './recorder';
import { recordRequesterTickets } from './zendesk-source';

const RETENTION_ALARM = 'touchpoint-history-retention';
let opened: Promise<HistoryDb> | undefined;

/** Bumped after each recording, so an open panel knows to look the customer up again. */
export const historyRecordedAtItem = defineStoredItem<number>({
  area: 'session',
  key: 'historyRecordedAt',
  schema: z.number(),
  fallback: () => 0,
});

/** The history database, opened once per service-worker life. */
export function historyDb(): Promise<HistoryDb> {
  opened ??= openHistory();
  return opened;
}

/** Every ticket the agent views becomes part of its customer's history (the background is the only writer). */
export async function recordReading(reading: PageReading, seenAt: number): Promise<void> {
  if (reading.kind !== 'ticket') return;
  try {
    const { defaultCountry } = await historySettingsItem.get();
    const db = await historyDb();
    await recordTicket(db, reading.snapshot, seenAt, { defaultCountry });
    await historyRecordedAtItem.update(() => seenAt);
    // The requester's other tickets come from the helpdesk's API; the panel need not wait for them.
    void recordRequesterTickets(db, reading.snapshot, seenAt, { defaultCountry }).then(
      async (added) => {
        if (added > 0) await historyRecordedAtItem.update(() => Date.now());
      },
      (error: unknown) =>
        console.warn('Touchpoint: could not read the requester tickets from Zendesk:', String(error)),
    );
  } catch (error) {
    console.error('Touchpoint: could not record the ticket in the customer history:', error);
  }
}

/** Records an offer shown or answered, and tells open panels to look again when it was new. */
export async function recordOfferAnswer(answer: OfferAnswer): Promise<boolean> {
  const recorded = await recordOfferEvent(await historyDb(), answer, Date.now());
  if (recorded) await historyRecordedAtItem.update(() => Date.now());
  return recorded;
}

/** Erases one customer and tells open panels to look again. */
export async function forgetCustomerEverywhere(customerId: string): Promise<void> {
  await forgetCustomer(await historyDb(), customerId);
  await historyRecordedAtItem.update(() => Date.now());
}

async function purge(): Promise<void> {
  const { retentionDays } = await historySettingsItem.get();
  await purgeExpired(await historyDb(), Date.now(), retentionDays);
}

/** Daily retention purge on an alarm, which survives the service worker being stopped. */
export function startHistoryService(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purge();
  });
  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
}
