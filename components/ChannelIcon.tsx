import type { Channel } from '../lib/ticket/fields';

// 24×24 outline paths; drawn with currentColor so they follow the text colour and theme.
const paths: Record<Channel, string> = {
  email: 'M3 6h18v12H3z M3 6l9 7 9-7',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
  chat: 'M4 5h16v10H9l-5 4z',
  messaging: 'M12 4a8 8 0 0 0-7 12l-1 4 4-1a8 8 0 1 0 4-15z',
  web: 'M3 5h18v14H3z M3 9h18 M6 7h.01 M8 7h.01',
  social:
    'M18 8a3 3 0 1 0-3-3 M6 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M18 22a3 3 0 1 0-3-3 M8.6 13.5l6.8 4 M15.4 6.5l-6.8 4',
  api: 'M8 8l-4 4 4 4 M16 8l4 4-4 4 M14 5l-4 14',
  other: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 8v5 M12 16h.01',
};

/** Decorative: the channel's name is always shown beside it as text. */
export function ChannelIcon({ channel }: { channel: Channel }) {
  return (
    <svg class="channel-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={paths[channel]}
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
