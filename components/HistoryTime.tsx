import { absoluteTime, timeAgo } from '../lib/history/time-ago';

/** How long ago a contact was, with the exact time on hover and for assistive technology. */
export function HistoryTime({ at, now }: { at: number; now: number }) {
  return (
    <time datetime={new Date(at).toISOString()} title={absoluteTime(at)}>
      {timeAgo(at, now)}
    </time>
  );
}
