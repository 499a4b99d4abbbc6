/**
 * Desktop notifications when a deadline enters its warning and when it is breached: one per
 * ticket, metric and state, whatever the number of tabs, runs or service-worker restarts. What
 * was notified is kept in `storage.session`, since a stopped worker forgets its memory; the
 * browser session is also how long the ticket tabs it refers to can live.
 */
import { z } from 'zod';

import { browser } from '../browser';
import { helpdeskName } from '../helpdesks/names';
import { defineStoredItem } from '../storage/stored-item';
import { ticketReference } from '../ticket/labels';
import type { DeadlineCountdown, TicketDeadline } from './deadlines';
import { breachedAgoText, metricLabels, timeLeftText } from './format';

const noticeSchema = z.strictObject({
  notifiedAt: z.number(),
  /** The tab that showed the ticket, brought forward when the notification is clicked. */
  tabId: z.number().int(),
});

type Notice = z.infer<typeof noticeSchema>;

/** Notice key (see `noticeKey`) → when it was shown and for which tab. */
export const deadlineNoticesItem = defineStoredItem<Record<string, Notice>>({
  area: 'session',
  key: 'deadlineNotices',
  schema: z.record(z.string().max(300), noticeSchema),
  fallback: () => ({}),
});

/** Our notification ids start with this, so a click on another part's notification is left alone. */
const idPrefix = 'touchpoint-deadline:';

/** How long a notice is remembered after its ticket's tab closed, so reopening it stays quiet. */
const keepClosedTicketsMs = 12 * 60 * 60_000;

const subjectLength = 80;

type NoticeState = 'warning' | 'breached';

function isNoticeState(state: DeadlineCountdown['state']): state is NoticeState {
  return state === 'warning' || state === 'breached';
}

function ticketKey(ticket: TicketDeadline['ticket']): string {
  return `${ticket.helpdesk}/${ticket.ticketId}/`;
}

/**
 * The clock's start tells a recurring metric's cycles apart (each next reply warns again). An
 * approximate start is when a tab first saw the ticket, which differs between tabs; only clocks
 * that run once per ticket are ever approximate, so they need no cycle.
 */
function noticeKey(
  ticket: TicketDeadline['ticket'],
  countdown: DeadlineCountdown,
  state: NoticeState,
): string {
  const cycle = countdown.approximate ? 'once' : countdown.startedAt;
  return `${ticketKey(ticket)}${countdown.metric}/${cycle}/${state}`;
}

function shortened(subject: string): string {
  return subject.length <= subjectLength ? subject : `${subject.slice(0, subjectLength - 1).trimEnd()}…`;
}

/** "Due soon: first reply for Zendesk #4512" / "Refund for double charge on November invoice — 12 min left". */
export function noticeText(
  ticket: TicketDeadline['ticket'],
  countdown: DeadlineCountdown,
  state: NoticeState,
): { title: string; message: string } {
  const what = `${metricLabels[countdown.metric].toLowerCase()} for ${helpdeskName(ticket.helpdesk)} ${ticketReference(ticket.helpdesk, ticket.ticketId)}`;
  const when =
    state === 'breached'
      ? breachedAgoText(countdown.breachedForMs ?? 0)
      : timeLeftText(countdown.businessMsLeft);
  const approximate = countdown.approximate
    ? ' (approximate: timed from when Touchpoint first saw the ticket)'
    : '';
  return {
    title: `${state === 'breached' ? 'Breached' : 'Due soon'}: ${what}`,
    message: `${shortened(ticket.subject)} — ${when}${approximate}`,
  };
}

interface PendingNotice {
  key: string;
  tabId: number;
  ticket: TicketDeadline['ticket'];
  countdown: DeadlineCountdown;
  state: NoticeState;
}

function noticesDue(deadlines: readonly TicketDeadline[]): PendingNotice[] {
  return deadlines.flatMap(({ tabId, ticket, countdowns }) =>
    countdowns.flatMap((countdown) => {
      const { state } = countdown;
      return isNoticeState(state)
        ? [{ key: noticeKey(ticket, countdown, state), tabId, ticket, countdown, state }]
        : [];
    }),
  );
}

/** Notices of tickets still open, and of closed ones for a while; the rest can never matter again. */
function stillRelevant(
  notices: Record<string, Notice>,
  deadlines: readonly TicketDeadline[],
  now: number,
): Record<string, Notice> {
  const open = deadlines.map((deadline) => ticketKey(deadline.ticket));
  return Object.fromEntries(
    Object.entries(notices).filter(
      ([key, notice]) =>
        open.some((prefix) => key.startsWith(prefix)) || now - notice.notifiedAt < keepClosedTicketsMs,
    ),
  );
}

/**
 * Raises a notification for each warning or breach not notified before, and returns their ids.
 * A notice is recorded before it is shown: two runs racing cannot both show it, and a failed
 * `create` is logged rather than retried every minute.
 */
export async function notifyDeadlines(deadlines: readonly TicketDeadline[], now: number): Promise<string[]> {
  let fresh: PendingNotice[] = [];
  await deadlineNoticesItem.update((notified) => {
    // One per key: the same ticket may be open in several tabs.
    const due = new Map(noticesDue(deadlines).map((notice) => [notice.key, notice]));
    fresh = [...due.values()].filter((notice) => !(notice.key in notified));
    const recorded = Object.fromEntries(fresh.map(({ key, tabId }) => [key, { notifiedAt: now, tabId }]));
    return { ...stillRelevant(notified, deadlines, now), ...recorded };
  });
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  const shown = await Promise.all(
    fresh.map(({ key, ticket, countdown, state }) =>
      browser.notifications
        .create(`${idPrefix}${key}`, { type: 'basic', iconUrl, ...noticeText(ticket, countdown, state) })
        .catch((error: unknown) => {
          console.warn('Touchpoint: could not show a deadline notification:', error);
          return undefined;
        }),
    ),
  );
  return shown.filter((id) => id !== undefined);
}

/** Clicking a deadline notification brings its ticket's tab, and that tab's window, to the front. */
export async function focusNotifiedTab(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(idPrefix)) return;
  const notice = (await deadlineNoticesItem.get())[notificationId.slice(idPrefix.length)];
  await browser.notifications.clear(notificationId);
  if (!notice) return;
  try {
    const tab = await browser.tabs.update(notice.tabId, { active: true });
    // The tab may have been dragged to another window since: focus the one it is in now.
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } catch (error) {
    console.warn('Touchpoint: the tab of that deadline is no longer open:', error);
  }
}
