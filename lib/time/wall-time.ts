/**
 * Wall-clock readings in a named time zone, turned into instants with the platform's own
 * time-zone data (Intl), so no zone rules are written by hand.
 */
export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the platform knows this IANA zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of `instant` in `timeZone`. */
export function wallTimeAt(instant: number, timeZone: string): Required<WallTime> {
  const reading: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') reading[part.type] = Number(part.value);
  }
  return {
    year: reading.year ?? 0,
    month: reading.month ?? 1,
    day: reading.day ?? 1,
    hour: reading.hour ?? 0,
    minute: reading.minute ?? 0,
    second: reading.second ?? 0,
  };
}

function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
}

/** Offset of `timeZone` from UTC at `instant`, in ms (New York in winter: -5 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallAsUtc(wallTimeAt(whole, timeZone)) - whole;
}

/**
 * Every instant whose reading in `timeZone` is `wall`: none in a daylight-saving gap,
 * two in an overlap (earlier first), one otherwise.
 */
export function instantsForWallTime(wall: WallTime, timeZone: string): number[] {
  const asUtc = wallAsUtc(wall);
  const day = 86_400_000;
  const offsets = new Set([
    offsetAt(asUtc - day, timeZone),
    offsetAt(asUtc, timeZone),
    offsetAt(asUtc + day, timeZone),
  ]);
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = asUtc - offset;
    if (offsetAt(candidate, timeZone) === offset) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The one instant `wall` names in `timeZone`, or undefined when it names none or two:
 * for reading times off a page, where a guess would be presented as fact.
 */
export function unambiguousInstant(wall: WallTime, timeZone: string): number | undefined {
  const found = instantsForWallTime(wall, timeZone);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The instant `wall` names in `timeZone`, settling the two daylight-saving edge cases the way
 * business-hours engines do: a time in a gap moves forward by the gap, an ambiguous one takes
 * the earlier instant.
 */
export function resolveWallTime(wall: WallTime, timeZone: string): number {
  const found = instantsForWallTime(wall, timeZone);
  if (found[0] !== undefined) return found[0];
  const asUtc = wallAsUtc(wall);
  // In a gap the offset before the transition places the reading just after it.
  return asUtc - offsetAt(asUtc - 86_400_000, timeZone);
}
