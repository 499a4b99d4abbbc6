/**
 * Durations as team leads write them in packs: "2h", "45m", "1h30m", or a number of minutes.
 * Days are left out on purpose: "1d" would be ambiguous between 24 hours and one business day.
 */
const durationPattern = /^(?:(\d{1,4})h)?(?:(\d{1,5})m)?$/;

export type PackDuration = string | number;

/**
 * Parsed durations by their text: a queue's countdowns read the same few targets thousands of
 * times a second. A pack has a bounded number of them; the cap only guards against misuse.
 */
const parsed = new Map<string, number | undefined>();
const MAX_REMEMBERED = 1000;

function parseText(duration: string): number | undefined {
  const match = durationPattern.exec(duration.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  return (Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 60_000;
}

/** Milliseconds, or undefined when the text is not a duration. */
export function durationMs(duration: PackDuration): number | undefined {
  if (typeof duration === 'number') {
    return Number.isFinite(duration) && duration >= 0 ? Math.round(duration * 60_000) : undefined;
  }
  if (parsed.has(duration)) return parsed.get(duration);
  const ms = parseText(duration);
  if (parsed.size >= MAX_REMEMBERED) parsed.clear();
  parsed.set(duration, ms);
  return ms;
}
