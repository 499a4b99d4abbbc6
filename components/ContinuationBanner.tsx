import type { Continuation } from '../lib/history/continuation';
import type { Channel } from '../lib/ticket/fields';
import { ticketReference } from '../lib/ticket/labels';
import { ChannelIcon } from './ChannelIcon';
import { TimeAgo } from './TimeAgo';

// The verb names the channel, so the icon beside it is never the only cue.
const contactVerbs: Record<Channel, string> = {
  email: 'Emailed',
  phone: 'Called',
  chat: 'Chatted',
  messaging: 'Messaged',
  web: 'Wrote through the web form',
  social: 'Wrote on social media',
  api: 'Got in touch',
  other: 'Got in touch',
};

export interface ContinuationBannerProps {
  continuation: Continuation;
  now: number;
  helpdeskName: (helpdeskId: string) => string;
}

/** "Called 2 h ago about the same refund — Zendesk #4512": this ticket picks up a recent contact. */
export function ContinuationBanner({ continuation, now, helpdeskName }: ContinuationBannerProps) {
  const { interaction, reason } = continuation;
  return (
    <aside class="continuation-banner" aria-label="Continues a recent conversation">
      <ChannelIcon channel={interaction.channel} />
      <p>
        {contactVerbs[interaction.channel]} <TimeAgo at={interaction.updatedAt} now={now} /> about the same{' '}
        {reason} —{' '}
        <a href={interaction.url} target="_blank" rel="noopener">
          {helpdeskName(interaction.helpdesk)} {ticketReference(interaction.helpdesk, interaction.ticketId)}
        </a>
      </p>
    </aside>
  );
}
