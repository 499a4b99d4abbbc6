import { fetchZendeskTicketTimes } from '../helpdesks/zendesk-ticket-times';
import type { ZendeskApiOptions } from '../helpdesks/zendesk-api';
import type { PageReading } from '../ticket/page-reading';
import type { TicketSnapshot } from '../ticket/snapshot';
import { ticketTabsItem, type TicketTab } from './ticket-tabs';

/** After the page changed, the API is asked again at most this often per ticket… */
const RECHECK_AFTER_CHANGE_MS = 30_000;
/** …and while the page looks the same, this often: a reply may show in the page in no field it reads. */
const RECHECK_UNCHANGED_MS = 120_000;

/** What of the page can signal a new message or reply, in a few characters. */
export function pageStateOf(snapshot: TicketSnapshot): string {
  let hash = 0x811c9dc5;
  for (const char of snapshot.latestCustomerMessage ?? '')
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return [
    snapshot.status,
    snapshot.lastCustomerMessageAt,
    snapshot.lastAgentReplyAt,
    (hash >>> 0).toString(36),
  ].join('|');
}

function showsTicket(tab: TicketTab, snapshot: TicketSnapshot): boolean {
  if (tab.reading.kind !== 'ticket') return false;
  const shown = tab.reading.snapshot;
  return (
    shown.helpdesk === snapshot.helpdesk &&
    shown.ticketId === snapshot.ticketId &&
    new URL(shown.url).origin === new URL(snapshot.url).origin
  );
}

function isDue(checked: TicketTab['helpdeskTimes'], pageState: string, now: number): boolean {
  if (!checked) return true;
  const since = now - checked.checkedAt;
  return since >= (checked.checkedFor === pageState ? RECHECK_UNCHANGED_MS : RECHECK_AFTER_CHANGE_MS);
}

function updateTicketTabs(
  snapshot: TicketSnapshot,
  change: (checked: TicketTab['helpdeskTimes']) => TicketTab['helpdeskTimes'],
): Promise<Record<string, TicketTab>> {
  return ticketTabsItem.update((tabs) =>
    Object.fromEntries(
      Object.entries(tabs).map(([tabId, tab]) => [
        tabId,
        showsTicket(tab, snapshot) ? { ...tab, helpdeskTimes: change(tab.helpdeskTimes) } : tab,
      ]),
    ),
  );
}

/**
 * Reads a Zendesk ticket's exact times from Zendesk's own API, with the agent's session, when the
 * page does not carry its creation time (messaging and voice tickets), and keeps them with every
 * tab showing that ticket, so its countdowns are exact instead of "approximate". Two requests at
 * most every 30 s per ticket; when the API cannot answer, the countdown stays approximate.
 */
export async function readHelpdeskTimes(
  reading: PageReading,
  now: number,
  options: ZendeskApiOptions = {},
): Promise<void> {
  if (reading.kind !== 'ticket') return;
  const { snapshot } = reading;
  if (snapshot.helpdesk !== 'zendesk' || snapshot.createdAt !== undefined) return;
  const pageState = pageStateOf(snapshot);
  let due = false;
  // Checking and marking in one serialised update, so a burst of readings asks the API once.
  await updateTicketTabs(snapshot, (checked) => {
    if (!isDue(checked, pageState, now)) return checked;
    due = true;
    return { ...checked, checkedAt: now, checkedFor: pageState };
  });
  if (!due) return;
  try {
    const times = await fetchZendeskTicketTimes(new URL(snapshot.url).origin, snapshot.ticketId, options);
    await updateTicketTabs(snapshot, () => ({ checkedAt: now, checkedFor: pageState, times }));
  } catch (error) {
    console.warn(`Touchpoint: could not read Zendesk ticket ${snapshot.ticketId}'s times:`, String(error));
  }
}
