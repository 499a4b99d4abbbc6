/**
 * The deadlines of every open ticket tab at one instant: pure, so the toolbar badge, the desktop
 * notifications and the alarm that wakes the background all read the same list.
 *
 * A deadline is a running countdown of a rigid or flexible standard. A met countdown has nothing
 * left to do, and a discretion standard has no deadline (it never warns or breaches), so neither
 * appears. Tickets are ordered by calendar time to the due instant, as Zendesk's "next SLA breach"
 * column is: a business-hours target due Monday morning is further away on Friday evening than a
 * calendar-hours one due tonight, whatever business time each has left.
 */
import type { ActivePackContent } from '../packs/active-content';
import type { Calendar } from '../packs/calendar-schema';
import type { Standard } from '../packs/standards-schema';
import type { TicketTab } from '../hub/ticket-tabs';
import { withHelpdeskTimes } from '../ticket/helpdesk-times';
import type { TicketSnapshot } from '../ticket/snapshot';
import { subtractBusinessTime } from './calendar';
import { countdownsFor, type Countdown } from './countdown';

export interface DeadlineCountdown extends Countdown {
  /** When the countdown enters its warning (epoch ms): `warnBeforeMs` of business time before `dueAt`. */
  warningAt: number;
}

export interface TicketDeadline {
  tabId: number;
  ticket: { helpdesk: string; ticketId: string; subject: string };
  /** The ticket's nearest deadline: the first of `countdowns`. */
  countdown: DeadlineCountdown;
  /** Every deadline of the ticket, nearest first; each warns and breaches on its own. */
  countdowns: DeadlineCountdown[];
}

function byDueAt(a: Countdown, b: Countdown): number {
  return Date.parse(a.dueAt) - Date.parse(b.dueAt);
}

/**
 * On a business-hours calendar the warning can start before a closing and the due instant come
 * after the next opening, so `dueAt - warnBeforeMs` would warn the next morning, too late.
 */
function warningInstant(countdown: Countdown, calendar: Calendar | undefined): number {
  const dueAt = new Date(countdown.dueAt);
  return calendar
    ? subtractBusinessTime(calendar, dueAt, countdown.warnBeforeMs).getTime()
    : dueAt.getTime() - countdown.warnBeforeMs;
}

/** One ticket tab's standard and every countdown it has at one instant, met ones included. */
export interface TabCountdowns {
  tabId: number;
  ticket: TicketSnapshot;
  standard: Standard;
  calendar: Calendar | undefined;
  countdowns: Countdown[];
}

function tabCountdowns(
  tabId: number,
  tab: TicketTab,
  content: Pick<ActivePackContent, 'standards' | 'calendars'>,
  now: number,
): TabCountdowns | undefined {
  if (tab.reading.kind !== 'ticket') return undefined;
  const ticket = withHelpdeskTimes(tab.reading.snapshot, tab.helpdeskTimes?.times);
  const { standard, countdowns } = countdownsFor({
    ticket,
    standards: content.standards,
    calendars: content.calendars,
    now,
    // The hub records firstSeenAt with every ticket reading; a tab stored before it did falls back
    // to its last report, which at least stays put between runs, unlike `now`.
    firstSeenAt: new Date(tab.firstSeenAt ?? tab.seenAt).toISOString(),
  });
  if (!standard) return undefined;
  const calendar = content.calendars.find((candidate) => candidate.id === standard.calendarId);
  return { tabId, ticket, standard, calendar, countdowns };
}

/** The countdowns of every helpdesk tab's ticket that a standard applies to. */
export function countdownsOfTabs(
  tabs: Record<string, TicketTab>,
  content: Pick<ActivePackContent, 'standards' | 'calendars'>,
  now: number,
): TabCountdowns[] {
  return Object.entries(tabs)
    .map(([tabId, tab]) => tabCountdowns(Number(tabId), tab, content, now))
    .filter((found) => found !== undefined);
}

function deadlineOf({
  tabId,
  ticket,
  standard,
  calendar,
  countdowns,
}: TabCountdowns): TicketDeadline | undefined {
  if (standard.kind === 'discretion') return undefined;
  const running = countdowns
    .filter((countdown) => countdown.state !== 'met')
    .sort(byDueAt)
    .map((countdown) => ({ ...countdown, warningAt: warningInstant(countdown, calendar) }));
  const [nearest] = running;
  if (!nearest) return undefined;
  return {
    tabId,
    ticket: { helpdesk: ticket.helpdesk, ticketId: ticket.ticketId, subject: ticket.subject },
    countdown: nearest,
    countdowns: running,
  };
}

/** The deadlines among the tabs' countdowns, the nearest due (or longest breached) first. */
export function deadlinesOf(countdowns: readonly TabCountdowns[]): TicketDeadline[] {
  return countdowns
    .map(deadlineOf)
    .filter((deadline) => deadline !== undefined)
    .sort((a, b) => byDueAt(a.countdown, b.countdown) || a.tabId - b.tabId);
}

/** Every helpdesk tab's ticket that has a deadline, the nearest due (or longest breached) first. */
export function openDeadlines(
  tabs: Record<string, TicketTab>,
  content: Pick<ActivePackContent, 'standards' | 'calendars'>,
  now: number,
): TicketDeadline[] {
  return deadlinesOf(countdownsOfTabs(tabs, content, now));
}

/**
 * The next instant after `now` at which some deadline changes state for the agent: a countdown
 * entering its warning, a paused clock starting again at the calendar's opening (it may open
 * straight into a warning), or a due instant passing. Undefined when nothing is left to change.
 */
export function nextAlarmAt(deadlines: readonly TicketDeadline[], now: number): number | undefined {
  const upcoming = deadlines
    .flatMap((deadline) => deadline.countdowns)
    .flatMap((countdown) => [
      countdown.warningAt,
      Date.parse(countdown.dueAt),
      ...(countdown.pausedUntil === undefined ? [] : [Date.parse(countdown.pausedUntil)]),
    ])
    .filter((instant) => instant > now);
  return upcoming.length === 0 ? undefined : Math.min(...upcoming);
}
