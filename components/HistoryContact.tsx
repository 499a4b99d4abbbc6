import type { Interaction } from '../lib/history/schema';
import { channelLabels, statusLabels, ticketReference } from '../lib/ticket/labels';
import { ChannelIcon } from './ChannelIcon';
import { TimeAgo } from './TimeAgo';

export interface HistoryContactProps {
  interaction: Interaction;
  now: number;
  helpdeskName: (helpdeskId: string) => string;
}

/** One earlier contact in the timeline: what it was about, how, where, how it stands, and when. */
export function HistoryContact({ interaction, now, helpdeskName }: HistoryContactProps) {
  const { helpdesk, ticketId, channel, status } = interaction;
  const reference = `${helpdeskName(helpdesk)} ${ticketReference(helpdesk, ticketId)}`;
  return (
    <li class={`history-contact channel-${channel}`}>
      <a class="contact-subject" href={interaction.url} target="_blank" rel="noopener">
        {interaction.subject || 'No subject'}
        <span class="visually-hidden"> ({reference}, opens in a new tab)</span>
      </a>
      <p class="contact-facts">
        <span class="contact-channel">
          <ChannelIcon channel={channel} />
          {channelLabels[channel]}
        </span>
        {' · '}
        <span class="contact-reference">{reference}</span>
        {status && ` · ${statusLabels[status]}`}
        {' · '}
        <TimeAgo at={interaction.updatedAt} now={now} />
      </p>
      {interaction.excerpt && <p class="contact-excerpt">{interaction.excerpt}</p>}
    </li>
  );
}
