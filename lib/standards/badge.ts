/**
 * The toolbar badge: the calendar time left to the nearest deadline across every open ticket
 * tab, as Zendesk's SLA badge shows it (shared/research/response-standards.md §1.4): green with
 * more than 15 minutes left, amber from 15 minutes (or from the target's own warning, when that
 * comes earlier), red and negative once breached. The colour is repeated in words in the title,
 * which screen readers announce for the button.
 */
import { browser } from '../browser';
import { helpdeskName } from '../helpdesks/names';
import { ticketReference } from '../ticket/labels';
import type { TicketDeadline } from './deadlines';
import { breachedAgoText, durationText, metricLabels } from './format';

export interface Badge {
  text: string;
  /** Background colour. */
  color: string;
  /** Text colour: dark on amber, which white text would not contrast with. */
  textColor: string;
  title: string;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** Zendesk's amber threshold, in calendar time. */
const amberWithinMs = 15 * minute;

const white = '#FFFFFF';
const colours = {
  green: { color: '#1B7F3B', textColor: white },
  amber: { color: '#F5B700', textColor: '#1A1A1A' },
  red: { color: '#C62828', textColor: white },
};

/** The title the manifest gives the button, kept while no deadline applies. */
const idleTitle = 'Open Touchpoint';

/** "45m", "2h", "3d": the largest whole unit, rounded down, as a badge has room for four characters. */
function compactDuration(ms: number): string {
  if (ms >= day) return `${Math.floor(ms / day)}d`;
  if (ms >= hour) return `${Math.floor(ms / hour)}h`;
  return `${Math.floor(ms / minute)}m`;
}

/**
 * Time left rounds down, so the badge never promises more than there is; under a minute it says
 * "<1m" rather than "0m", which would read as due. A breach shows at least "-1m": "-0m" would hide it.
 */
export function badgeTimeText(calendarMsLeft: number): string {
  if (calendarMsLeft <= 0) return `-${compactDuration(Math.max(minute, -calendarMsLeft))}`;
  return calendarMsLeft < minute ? '<1m' : compactDuration(calendarMsLeft);
}

export function badgeFor(deadlines: readonly TicketDeadline[]): Badge {
  const [nearest] = deadlines;
  if (!nearest) return { text: '', ...colours.green, title: idleTitle };
  const { countdown, ticket } = nearest;
  const what = `${metricLabels[countdown.metric]} for ${helpdeskName(ticket.helpdesk)} ${ticketReference(ticket.helpdesk, ticket.ticketId)}`;
  const text = badgeTimeText(countdown.calendarMsLeft);
  if (countdown.state === 'breached') {
    return {
      text,
      ...colours.red,
      title: `Touchpoint: ${what} ${breachedAgoText(countdown.breachedForMs ?? 0)}`,
    };
  }
  const dueIn = durationText(countdown.calendarMsLeft);
  if (countdown.state === 'warning' || countdown.calendarMsLeft <= amberWithinMs) {
    return { text, ...colours.amber, title: `Touchpoint: ${what} due soon, in ${dueIn}` };
  }
  const paused = countdown.state === 'paused' ? ' (clock paused)' : '';
  return { text, ...colours.green, title: `Touchpoint: ${what} due in ${dueIn}${paused}` };
}

/** Chrome and Firefox MV3 call the toolbar button `action`; Firefox MV2 calls it `browserAction`. */
export async function applyBadge(badge: Badge): Promise<void> {
  const button = browser.action ?? browser.browserAction;
  await Promise.all([
    button.setBadgeText({ text: badge.text }),
    button.setBadgeBackgroundColor({ color: badge.color }),
    button.setBadgeTextColor({ color: badge.textColor }),
    button.setTitle({ title: badge.title }),
  ]);
}
