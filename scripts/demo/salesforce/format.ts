/**
 * Times as Salesforce prints them: in the agent's own zone and locale order with no offset
 * ("10/3/2024, 9:14 AM" in en-US), and feed ages ("5m ago") with the full time in `title`.
 */
const dateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

export function printedDateTime(at: number): string {
  return dateTime.format(at);
}

export function printedAge(at: number, now: number): string {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return 'Just now';
  if (minutes < 60) return `${minutes}m ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}h ago`;
  return printedDateTime(at);
}

export function minutesBefore(now: number, minutesAgo: number): number {
  return now - minutesAgo * 60_000;
}
