import type { WallTime } from './wall-time';

/** How a locale orders the parts of a numeric date: 10/3/2024 is 3 October in 'mdy', 10 March in 'dmy'. */
export type DateOrder = 'mdy' | 'dmy' | 'ymd';

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const timePattern = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?/i;
const numericDatePattern = /\b(\d{1,4})[./-](\d{1,2})[./-](\d{2,4})\b/;
const namedMonthFirst = /\b([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/i; // Oct 3, 2024
const namedMonthSecond = /\b(\d{1,2})\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i; // 3 Oct 2024

/** The order a locale writes numeric dates in, read from Intl (en-US → mdy, en-GB → dmy, ja → ymd). */
export function dateOrderOf(locale: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(Date.UTC(2024, 10, 22))
    .filter((part) => part.type === 'year' || part.type === 'month' || part.type === 'day')
    .map((part) => part.type[0]);
  const order = parts.join('');
  return order === 'dmy' || order === 'ymd' ? order : 'mdy';
}

function monthFromName(name: string): number | undefined {
  const index = monthNames.indexOf(name.slice(0, 3).toLowerCase());
  return index === -1 ? undefined : index + 1;
}

function readDate(text: string, order: DateOrder): Pick<WallTime, 'year' | 'month' | 'day'> | undefined {
  const numeric = numericDatePattern.exec(text);
  if (numeric) {
    const [a, b, c] = [numeric[1], numeric[2], numeric[3]].map(Number) as [number, number, number];
    if (numeric[1]!.length === 4) return { year: a, month: b, day: c };
    if (numeric[3]!.length !== 4) return undefined; // two-digit years are a guess
    if (order === 'dmy') return { year: c, month: b, day: a };
    if (order === 'mdy') return { year: c, month: a, day: b };
    return undefined;
  }
  const monthFirst = namedMonthFirst.exec(text);
  const month1 = monthFirst && monthFromName(monthFirst[1]!);
  if (monthFirst && month1) return { year: Number(monthFirst[3]), month: month1, day: Number(monthFirst[2]) };
  const monthSecond = namedMonthSecond.exec(text);
  const month2 = monthSecond && monthFromName(monthSecond[2]!);
  if (monthSecond && month2)
    return { year: Number(monthSecond[3]), month: month2, day: Number(monthSecond[1]) };
  return undefined;
}

function isRealDate({ year, month, day }: Pick<WallTime, 'year' | 'month' | 'day'>): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a date and time as a helpdesk prints it without an offset ("10/3/2024, 9:14 AM",
 * "Tue, 1 Oct 2024 at 3:15 PM", "2024-10-03 09:14"). Undefined when any part is missing or
 * not a real calendar value: a relative text such as "2 hours ago" is never turned into a time.
 */
export function readLocalDateTime(text: string, order: DateOrder): WallTime | undefined {
  const date = readDate(text, order);
  const time = timePattern.exec(text);
  if (!date || !time || !isRealDate(date)) return undefined;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = time[3] === undefined ? 0 : Number(time[3]);
  const meridiem = time[4]?.toLowerCase().replaceAll('.', '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { ...date, hour, minute, second };
}
