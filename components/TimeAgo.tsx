import { absoluteTime, timeAgo } from '../lib/history/time-ago';

/**
 * How long ago something was ("35 min ago"), with the exact time on hover and for assistive
 * technology: the one way the panel and options page say the age of a contact, a pack check or a
 * notice.
 */
export function TimeAgo({ at, now }: { at: number; now: number }) {
  return (
    <time datetime={new Date(at).toISOString()} title={absoluteTime(at)}>
      {timeAgo(at, now)}
    </time>
  );
}
