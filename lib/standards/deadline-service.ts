/**
 * Keeps the toolbar badge and the deadline notifications current while the panel is closed.
 *
 * Every run reads the ticket tabs and packs from storage and recomputes from the clock, because a
 * Manifest V3 service worker is stopped when idle and restarted by the next event: nothing is
 * kept in memory between runs (what was notified is in storage.session, see notifications.ts).
 * A run happens:
 * - when a ticket tab's reading or the installed packs change (storage.onChanged);
 * - at `touchpoint-deadline`, a one-shot alarm at the next instant a deadline changes state
 *   (`nextAlarmAt`), so a warning or breach is notified on time with the worker stopped. Chrome
 *   delays an alarm due less than 30 s ahead to 30 s for a packed extension (unpacked ones, as in
 *   the end-to-end tests, fire on time), so a notification can come up to 30 s late;
 * - at `touchpoint-deadline-tick`, every minute while any deadline is open, because the badge
 *   counts down in minutes and nothing else would wake the worker to redraw it.
 */
import { activityDb } from '../activity/activity-service';
import { recordStandardOutcomes } from '../activity/outcome-recorder';
import { browser } from '../browser';
import { ticketTabsItem } from '../hub/ticket-tabs';
import { activePackContent } from '../packs/active-content';
import { installedPacksItem } from '../packs/installed-packs';
import type { StoredItem } from '../storage/stored-item';
import { applyBadge, badgeFor } from './badge';
import {
  countdownsOfTabs,
  deadlinesOf,
  nextAlarmAt,
  type TabCountdowns,
  type TicketDeadline,
} from './deadlines';
import { focusNotifiedTab, notifyDeadlines } from './notifications';

export const deadlineAlarm = 'touchpoint-deadline';
export const badgeTickAlarm = 'touchpoint-deadline-tick';

async function scheduleAlarms(deadlines: readonly TicketDeadline[], now: number): Promise<void> {
  const next = nextAlarmAt(deadlines, now);
  await (next === undefined
    ? browser.alarms.clear(deadlineAlarm)
    : browser.alarms.create(deadlineAlarm, { when: next }));
  if (deadlines.length === 0) {
    await browser.alarms.clear(badgeTickAlarm);
  } else if (!(await browser.alarms.get(badgeTickAlarm))) {
    // Created once, not on every run: re-creating would keep pushing the next tick away.
    await browser.alarms.create(badgeTickAlarm, { periodInMinutes: 1 });
  }
}

async function recordOutcomes(countdowns: readonly TabCountdowns[], now: number): Promise<void> {
  const observations = countdowns.flatMap(({ ticket, standard, calendar, countdowns: ofTicket }) =>
    ofTicket.map((countdown) => ({ ticket, standard, calendar, countdown })),
  );
  if (observations.length > 0) await recordStandardOutcomes(await activityDb(), observations, now);
}

async function refreshAt(now: number): Promise<void> {
  const [tabs, installed] = await Promise.all([ticketTabsItem.get(), installedPacksItem.get()]);
  const countdowns = countdownsOfTabs(tabs, activePackContent(installed), now);
  const deadlines = deadlinesOf(countdowns);
  await Promise.all([
    applyBadge(badgeFor(deadlines)),
    notifyDeadlines(deadlines, now),
    scheduleAlarms(deadlines, now),
    recordOutcomes(countdowns, now).catch((error: unknown) =>
      console.warn('Touchpoint: could not record the response-standard outcomes:', error),
    ),
  ]);
}

// Runs one after another, so an older run cannot paint the badge after a newer one. Only the
// order lives here; every run starts again from storage.
let latestRun: Promise<void> = Promise.resolve();

/** Recomputes the badge, notifications and alarms from storage and the clock. */
export function refreshDeadlines(): Promise<void> {
  latestRun = latestRun
    .then(() => refreshAt(Date.now()))
    .catch((error: unknown) => {
      console.warn('Touchpoint: could not update the deadline badge and notifications:', error);
    });
  return latestRun;
}

function changed(item: StoredItem<unknown>, changes: Record<string, unknown>, area: string): boolean {
  return area === item.area && item.key in changes;
}

/**
 * Call at every start of the background. Listeners are registered synchronously, so a worker
 * woken by one of these events receives it; the first run puts the badge back after a restart.
 * Listeners return the run, so a caller that awaits the event (as tests do) sees its effect.
 */
export function startDeadlineService(): void {
  browser.storage.onChanged.addListener((changes, area) =>
    changed(ticketTabsItem, changes, area) || changed(installedPacksItem, changes, area)
      ? refreshDeadlines()
      : undefined,
  );
  browser.alarms.onAlarm.addListener((alarm) =>
    alarm.name === deadlineAlarm || alarm.name === badgeTickAlarm ? refreshDeadlines() : undefined,
  );
  browser.notifications.onClicked.addListener((notificationId) => focusNotifiedTab(notificationId));
  void refreshDeadlines();
}
