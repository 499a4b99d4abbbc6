/**
 * How the agent reads a countdown's times: durations in the two largest units that matter
 * ("1 h 12 min left", "45 s left"), rounded down so the agent is never told there is more time
 * than there is, and instants as a weekday and time ("due Tue 10:30") in the calendar's zone,
 * written the agent's way by Intl.
 */
import type { Metric } from '../packs/standards-schema';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** Beyond this, a weekday alone no longer names one day, so the date is added. */
const weekdayReachMs = 6 * day;

/** "2 d 3 h", "1 h 12 min", "2 h", "12 min", "45 s"; negative durations read as 0 s. */
export function durationText(ms: number): string {
  const whole = Math.max(0, ms);
  if (whole < minute) return `${Math.floor(whole / second)} s`;
  if (whole < hour) return `${Math.floor(whole / minute)} min`;
  const [large, largeUnit, small, smallUnit] =
    whole < day
      ? [Math.floor(whole / hour), 'h', Math.floor((whole % hour) / minute), 'min']
      : [Math.floor(whole / day), 'd', Math.floor((whole % day) / hour), 'h'];
  return small === 0 ? `${large} ${largeUnit}` : `${large} ${largeUnit} ${small} ${smallUnit}`;
}

export function timeLeftText(ms: number): string {
  return `${durationText(ms)} left`;
}

export function breachedAgoText(ms: number): string {
  return `breached ${durationText(ms)} ago`;
}

export function elapsedText(ms: number): string {
  return `${durationText(ms)} elapsed`;
}

export interface InstantWording {
  /** The calendar's IANA zone, in which its opening hours are written. */
  timeZone: string;
  /** The agent's locale; the platform's default when absent. */
  locale?: string;
  /** Epoch ms, to decide whether a weekday alone is enough. */
  now: number;
  /** Name the zone, for an agent whose own zone differs from the calendar's. */
  showZone?: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(wording: InstantWording, withDate: boolean): Intl.DateTimeFormat {
  const key = [wording.locale ?? '', wording.timeZone, withDate, wording.showZone ?? false].join('|');
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(wording.locale, {
      timeZone: wording.timeZone,
      weekday: 'short',
      ...(withDate ? { day: 'numeric', month: 'short' } : {}),
      hour: 'numeric',
      minute: '2-digit',
      ...(wording.showZone ? { timeZoneName: 'short' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "Mon 09:00" (en-GB), "Mon 9:00 AM" (en-US); with the date when more than six days away. */
export function instantText(instant: number, wording: InstantWording): string {
  const withDate = Math.abs(instant - wording.now) > weekdayReachMs;
  return formatterFor(wording, withDate).format(instant);
}

export function pausedUntilText(instant: number, wording: InstantWording): string {
  return `paused until ${instantText(instant, wording)}`;
}

export function dueText(instant: number, wording: InstantWording): string {
  return `due ${instantText(instant, wording)}`;
}

/** What the agent calls each metric. */
export const metricLabels: Record<Metric, string> = {
  first_reply: 'First reply',
  next_reply: 'Next reply',
  periodic_update: 'Periodic update',
  resolution: 'Resolution',
  callback: 'Callback',
};
