import type { ComponentChildren } from 'preact';

import type { FieldOverride } from '../lib/hub/panel-view';
import { channelLabels, priorityLabels, statusLabels, ticketReference } from '../lib/ticket/labels';
import type { TicketSnapshot } from '../lib/ticket/snapshot';
import { ChannelIcon } from './ChannelIcon';
import { OverrideNote } from './OverrideNote';

/**
 * The active ticket at a glance: what it is about, who asked, and how it stands; which facts a
 * pack's override read; and, as `children`, what to do when a fact could not be read.
 */
export function TicketHeader({
  ticket,
  helpdeskName,
  overrides = [],
  children,
}: {
  ticket: TicketSnapshot;
  helpdeskName: string;
  overrides?: readonly FieldOverride[];
  children?: ComponentChildren;
}) {
  const { requester } = ticket;
  const contact = [requester.email, requester.phone ?? requester.handle].filter(Boolean).join(' · ');
  return (
    <header class="ticket-header" aria-labelledby="ticket-subject">
      <p class="ticket-reference">
        {helpdeskName} {ticketReference(ticket.helpdesk, ticket.ticketId)}
      </p>
      <h1 id="ticket-subject" class="ticket-subject">
        {ticket.subject || 'No subject'}
      </h1>
      <p class="ticket-requester">
        <span class="requester-name">{requester.name ?? 'Unknown requester'}</span>
        {contact && <span class="requester-contact">{contact}</span>}
      </p>
      <ul class="ticket-facts" aria-label="Ticket details">
        <li class="fact fact-channel">
          <ChannelIcon channel={ticket.channel} />
          {channelLabels[ticket.channel]}
        </li>
        {ticket.priority && (
          <li class={`fact fact-priority priority-${ticket.priority}`}>
            <span class="visually-hidden">Priority </span>
            {priorityLabels[ticket.priority]}
          </li>
        )}
        {ticket.status && (
          <li class={`fact fact-status status-${ticket.status}`}>
            <span class="visually-hidden">Status </span>
            {statusLabels[ticket.status]}
          </li>
        )}
      </ul>
      <OverrideNote overrides={overrides} />
      {children}
    </header>
  );
}
