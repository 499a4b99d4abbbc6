/**
 * Demo times: every `minutesAgo` in the data is counted back from when the page loaded, so the
 * tickets look fresh whenever the demo runs.
 */
export interface DemoClock {
  /** ISO instant `minutesAgo` minutes before the page loaded. */
  instant(minutesAgo: number): string;
  /** "35 minutes ago", "3 hours ago", "Yesterday 14:05", "Nov 3", as Zendesk's relative timestamps read. */
  relative(minutesAgo: number): string;
  /** "14:05": the absolute clock messaging conversations show. */
  clockTime(minutesAgo: number): string;
  /** "Wednesday, November 4, 2026 14:05": the timestamp tooltip. */
  full(minutesAgo: number): string;
}

export function demoClock(loadedAt: number): DemoClock {
  const at = (minutesAgo: number) => new Date(loadedAt - minutesAgo * 60_000);
  const clock = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
  const full = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' });
  return {
    instant: (minutesAgo) => at(minutesAgo).toISOString(),
    relative(minutesAgo) {
      if (minutesAgo < 1) return 'Just now';
      if (minutesAgo < 60) return `${Math.round(minutesAgo)} minute${minutesAgo < 2 ? '' : 's'} ago`;
      if (minutesAgo < 24 * 60) {
        const hours = Math.floor(minutesAgo / 60);
        return `${hours} hour${hours === 1 ? '' : 's'} ago`;
      }
      if (minutesAgo < 48 * 60) return `Yesterday ${clock.format(at(minutesAgo))}`;
      return day.format(at(minutesAgo));
    },
    clockTime: (minutesAgo) => clock.format(at(minutesAgo)),
    full: (minutesAgo) => full.format(at(minutesAgo)),
  };
}
