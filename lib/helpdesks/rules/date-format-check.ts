import { readLocalDateTime } from '../../time/local-date-text';
import { dateOrderOfFormat } from './date-format';

/** Tokens as Moment and Day.js spell them; text in [brackets] is literal ("D MMM YYYY [at] HH:mm"). */
const tokenPattern = /\[([^\]]*)\]|YYYY|M{1,4}|D{1,2}|H{1,2}|h{1,2}|mm|ss|A|a/g;

/** How each token writes 4 November 2026, 15:05:09: the sample a format must read back. */
const sample: Record<string, string> = {
  YYYY: '2026',
  MMMM: 'November',
  MMM: 'Nov',
  MM: '11',
  M: '11',
  DD: '04',
  D: '4',
  HH: '15',
  H: '15',
  hh: '03',
  h: '3',
  mm: '05',
  ss: '09',
  A: 'PM',
  a: 'pm',
};

/** The part of the date each token names (MMM and MM both name the month). */
const partOf = (token: string) => (token === 'a' ? 'A' : token[0]!);

const required: [parts: string, token: string][] = [
  ['Y', 'YYYY'],
  ['M', 'MM or MMM'],
  ['D', 'DD'],
  ['Hh', 'HH or h'],
  ['m', 'mm'],
];

/**
 * Why a rule's `date` cannot read a time; undefined for "iso", "local" and a complete token
 * format such as "DD.MM.YYYY HH:mm" that the page script reads back exactly.
 */
export function dateFormatProblem(format: string): string | undefined {
  if (format === 'iso' || format === 'local') return undefined;
  const quoted = JSON.stringify(format);
  const stray = /[a-z]+/i.exec(format.replace(tokenPattern, ''))?.[0];
  if (stray && /^Y+$/i.test(stray)) return `${quoted}: two-digit or lower-case years are a guess; use "YYYY"`;
  if (stray) {
    return `${quoted}: "${stray}" is no date token; use "iso", "local" or tokens such as "DD.MM.YYYY HH:mm", with words in [brackets]`;
  }
  const tokens = [...format.matchAll(tokenPattern)]
    .filter((match) => match[1] === undefined)
    .map(([token]) => token);
  const parts = tokens.map(partOf);
  if (new Set(parts).size !== parts.length) return `${quoted} names a part of the date twice`;
  const missing = required.filter(([options]) => !parts.some((part) => options.includes(part)));
  if (missing.length > 0) {
    return `${quoted} lacks ${missing.map(([, token]) => token).join(', ')}; a time needs its date, hours and minutes`;
  }
  if (parts.includes('h') !== parts.includes('A')) {
    return `${quoted}: a 12-hour "h" goes with "A" (AM/PM), a 24-hour clock with "HH"`;
  }
  const text = format.replace(tokenPattern, (token, literal?: string) => literal ?? sample[token] ?? token);
  const read = readLocalDateTime(text, dateOrderOfFormat(format));
  const expected = {
    year: 2026,
    month: 11,
    day: 4,
    hour: 15,
    minute: 5,
    second: parts.includes('s') ? 9 : 0,
  };
  if (JSON.stringify(read) !== JSON.stringify(expected)) {
    return `${quoted}: Touchpoint cannot read times written this way (${JSON.stringify(text)}); try "iso", "local" or a format such as "DD.MM.YYYY HH:mm"`;
  }
  return undefined;
}
