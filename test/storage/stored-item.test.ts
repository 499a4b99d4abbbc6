import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { helpdeskClockItem } from '../../lib/settings/helpdesk-clock';

beforeEach(() => fakeBrowser.reset());

test('an absent item reads as its fallback', async () => {
  expect(await helpdeskClockItem.get()).toEqual({});
});

test('a valid value round-trips', async () => {
  await helpdeskClockItem.update(() => ({ timeZone: 'Europe/Berlin', dateOrder: 'dmy' }));
  expect(await helpdeskClockItem.get()).toEqual({ timeZone: 'Europe/Berlin', dateOrder: 'dmy' });
});

test.each([
  ['an unknown time zone', { timeZone: 'Europe/Atlantis' }],
  ['an unknown date order', { dateOrder: 'dym' }],
  ['not an object', 'America/New_York'],
])('a stored value with %s is ignored with a warning, not trusted', async (_case, stored) => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await fakeBrowser.storage.local.set({ helpdeskClock: stored });
  expect(await helpdeskClockItem.get()).toEqual({});
  expect(warn).toHaveBeenCalledOnce();
});

test('concurrent updates are applied one after the other', async () => {
  await Promise.all([
    helpdeskClockItem.update((clock) => ({ ...clock, timeZone: 'Asia/Tokyo' })),
    helpdeskClockItem.update((clock) => ({ ...clock, dateOrder: 'ymd' })),
  ]);
  expect(await helpdeskClockItem.get()).toEqual({ timeZone: 'Asia/Tokyo', dateOrder: 'ymd' });
});
