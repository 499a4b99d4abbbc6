import type { TicketDeadline } from '../lib/standards/deadlines';
import { breachedAgoText, metricLabels, timeLeftText } from '../lib/standards/format';
import { ticketReference } from '../lib/ticket/labels';

export interface DeadlineQueueProps {
  /** Every open ticket tab with a deadline, nearest due first (lib/standards/deadlines). */
  deadlines: readonly TicketDeadline[];
  helpdeskName: (helpdeskId: string) => string;
  /** The tab the panel shows now, marked as current. */
  currentTabId?: number;
  onOpen: (tabId: number) => void;
}

function whenText(deadline: TicketDeadline): string {
  const { countdown } = deadline;
  return countdown.state === 'breached'
    ? breachedAgoText(countdown.breachedForMs ?? 0)
    : timeLeftText(Math.max(0, countdown.calendarMsLeft));
}

/**
 * Every open ticket tab by due time, so the agent works the most urgent first; choosing one
 * switches to its tab.
 */
export function DeadlineQueue({ deadlines, helpdeskName, currentTabId, onOpen }: DeadlineQueueProps) {
  if (deadlines.length === 0) return null;
  const breached = deadlines.filter((deadline) => deadline.countdown.state === 'breached').length;
  return (
    <details class="deadline-queue">
      <summary>
        Queue: {deadlines.length} open {deadlines.length === 1 ? 'ticket' : 'tickets'} by due time
        {breached > 0 && `, ${breached} breached`}
      </summary>
      <ol class="deadline-queue-list">
        {deadlines.map((deadline) => {
          const { ticket, countdown } = deadline;
          const reference = `${helpdeskName(ticket.helpdesk)} ${ticketReference(ticket.helpdesk, ticket.ticketId)}`;
          return (
            <li key={deadline.tabId} class={`deadline-queue-item countdown-${countdown.state}`}>
              <button
                type="button"
                onClick={() => onOpen(deadline.tabId)}
                aria-current={deadline.tabId === currentTabId ? 'true' : undefined}
              >
                <span class="deadline-queue-reference">{reference}</span>
                <span class="deadline-queue-subject">{ticket.subject}</span>
                <span class="deadline-queue-when">
                  {metricLabels[countdown.metric]}: {whenText(deadline)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
