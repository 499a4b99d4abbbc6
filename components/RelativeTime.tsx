const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "5 minutes ago", with the exact time in the element for hover and assistive technology. */
export function RelativeTime({ at, now }: { at: number; now: number }) {
  const elapsed = at - now;
  const [unit, size] = units.find(([, ms]) => Math.abs(elapsed) >= ms) ?? ['minute', 60_000];
  const text = Math.abs(elapsed) < 60_000 ? 'just now' : relative.format(Math.round(elapsed / size), unit);
  const exact = new Date(at);
  return (
    <time dateTime={exact.toISOString()} title={absolute.format(exact)}>
      {text}
    </time>
  );
}
