import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  countReading,
  extractionHealthItem,
  fieldsReadMask,
  healthSummary,
  localDay,
  recordExtractionHealth,
  type ExtractionHealth,
} from '../../lib/hub/extraction-health';
import type { PageReading } from '../../lib/ticket/page-reading';
import { makeTicket, ticketReading } from '../builders/ticket';

const DAY = 86_400_000;
/** Thursday 26 November 2026, midday local time. */
const now = new Date(2026, 10, 26, 12, 0).getTime();
const unreadable: PageReading = {
  kind: 'unreadable',
  helpdesk: 'zendesk',
  helpdeskName: 'Zendesk',
  reason: 'The ticket is still loading or its fields could not be found.',
};

/** `count` Zendesk tickets read on one day, each reading as `overrides` says. */
function readTickets(health: ExtractionHealth, at: number, count: number, overrides = {}): ExtractionHealth {
  let next = health;
  for (let index = 0; index < count; index++) {
    next = countReading(next, ticketReading({ ticketId: String(4500 + index), ...overrides }), at);
  }
  return next;
}

describe('counting readings', () => {
  test('a full email ticket reads every field', () => {
    expect(fieldsReadMask(makeTicket())).toBe(0b1111111);
    expect(fieldsReadMask(makeTicket({ priority: undefined, tags: [], createdAt: undefined }))).toBe(
      0b1001011,
    );
  });

  test('a ticket re-read while the agent types counts once, with every field read at least once', () => {
    let health = countReading({}, ticketReading({ priority: undefined }), now);
    health = countReading(health, ticketReading(), now + 1000);
    const again = countReading(health, ticketReading({ status: undefined }), now + 2000);
    expect(again).toBe(health);
    expect(health.zendesk?.[localDay(now)]?.tickets).toEqual({ 4512: 0b1111111 });
  });

  test('unreadable ticket pages are counted; views are not', () => {
    let health = countReading({}, unreadable, now);
    health = countReading(health, { kind: 'no-ticket', helpdesk: 'zendesk', helpdeskName: 'Zendesk' }, now);
    expect(health.zendesk?.[localDay(now)]).toEqual({ tickets: {}, unreadable: 1 });
  });

  test('only the last 14 days are kept', () => {
    const old = readTickets({}, now - 20 * DAY, 3);
    const health = countReading(old, ticketReading(), now);
    expect(Object.keys(health.zendesk ?? {})).toEqual([localDay(now)]);
  });
});

describe('the summary', () => {
  test('a renamed priority attribute shows as a falling number against the week before', () => {
    let health: ExtractionHealth = {};
    for (let daysAgo = 1; daysAgo <= 7; daysAgo++) health = readTickets(health, now - daysAgo * DAY, 10);
    health = readTickets(health, now, 8, { priority: undefined });
    health = readTickets(health, now, 2, { ticketId: '9999' });
    const [zendesk] = healthSummary(health, now);
    expect(zendesk).toMatchObject({
      helpdesk: 'zendesk',
      today: { tickets: 9, unreadable: 0 },
      earlier: { tickets: 10, unreadable: 0 },
      falling: ['priority'],
    });
    expect(zendesk?.today.rates?.priority).toBeCloseTo(1 / 9);
    expect(zendesk?.earlier.rates?.priority).toBe(1);
  });

  test('a field that was rarely read before is no alarm when it is missing today', () => {
    let health = readTickets({}, now - DAY, 10, { tags: [] });
    health = readTickets(health, now, 10, { tags: [] });
    expect(healthSummary(health, now)[0]?.falling).toEqual([]);
  });
});

test('the background stores what it counted, and writes nothing when a reading adds nothing', async () => {
  fakeBrowser.reset();
  await recordExtractionHealth(ticketReading(), now);
  const stored = await extractionHealthItem.get();
  expect(stored.zendesk?.[localDay(now)]?.tickets).toEqual({ 4512: 0b1111111 });
  let writes = 0;
  fakeBrowser.storage.onChanged.addListener(() => void writes++);
  await recordExtractionHealth(ticketReading(), now + 5000);
  expect(writes).toBe(0);
});
