import { channels, type Channel } from '../ticket/fields';
import type { DayFigures, StandardFigures } from './figures-schema';
import { maxMs, medianMs } from './median';
import { decisiveInstant } from './outcome-instant';
import type { StandardOutcome } from './standard-outcome';

interface StandardTally {
  standardId: string;
  standardName: string;
  met: number;
  breached: number;
  breaches: number[];
  /** The decisive instant of the outcome the name was taken from: the newest name wins. */
  namedAt: number;
}

export type StandardsFigures = Pick<DayFigures, 'standards' | 'firstReplyMedianBusinessMs'>;

/**
 * Response standards over `[from, to)`: met and breached (each outcome counted at its decisive
 * instant, outcome-instant.ts), by how much, by standard and by channel; and the median business
 * time to a first reply, over first-reply targets whose `metAt` is in the range (met in time or
 * late: a late reply is still a reply, and leaving it out would flatter the figure).
 *
 * Order: standards with most outcomes first, then by id; channels in the snapshot's own order
 * (email, phone, chat …), only those with an outcome. One pass over the outcomes.
 */
export function standardsFigures(
  outcomes: readonly StandardOutcome[],
  from: number,
  to: number,
): StandardsFigures {
  let met = 0;
  let breached = 0;
  const breaches: number[] = [];
  const firstReplies: number[] = [];
  const byStandard = new Map<string, StandardTally>();
  const byChannel = new Map<Channel, { met: number; breached: number }>();

  for (const outcome of outcomes) {
    if (
      outcome.metric === 'first_reply' &&
      outcome.metAt !== undefined &&
      outcome.metAt >= from &&
      outcome.metAt < to &&
      outcome.businessMsToMeet !== undefined
    ) {
      firstReplies.push(outcome.businessMsToMeet);
    }
    const at = decisiveInstant(outcome);
    if (at < from || at >= to) continue;

    let standard = byStandard.get(outcome.standardId);
    if (!standard) {
      standard = {
        standardId: outcome.standardId,
        standardName: outcome.standardName,
        met: 0,
        breached: 0,
        breaches: [],
        namedAt: at,
      };
      byStandard.set(outcome.standardId, standard);
    } else if (at > standard.namedAt) {
      standard.standardName = outcome.standardName;
      standard.namedAt = at;
    }
    let channel = byChannel.get(outcome.channel);
    if (!channel) {
      channel = { met: 0, breached: 0 };
      byChannel.set(outcome.channel, channel);
    }

    if (outcome.outcome === 'met') {
      met += 1;
      standard.met += 1;
      channel.met += 1;
    } else {
      breached += 1;
      standard.breached += 1;
      channel.breached += 1;
      // Recorded with every breach; a record without it (older code) counts as missed by nothing known.
      if (outcome.breachedByMs !== undefined) {
        breaches.push(outcome.breachedByMs);
        standard.breaches.push(outcome.breachedByMs);
      }
    }
  }

  const standards: StandardFigures[] = [...byStandard.values()]
    .sort((a, b) => b.met + b.breached - (a.met + a.breached) || compareText(a.standardId, b.standardId))
    .map((tally) => ({
      standardId: tally.standardId,
      standardName: tally.standardName,
      met: tally.met,
      breached: tally.breached,
      medianBreachMs: medianMs(tally.breaches),
    }));

  return {
    standards: {
      met,
      breached,
      breachedByMs: { median: medianMs(breaches), max: maxMs(breaches) },
      byStandard: standards,
      byChannel: channels.flatMap((channel) => {
        const tally = byChannel.get(channel);
        return tally ? [{ channel, ...tally }] : [];
      }),
    },
    firstReplyMedianBusinessMs: medianMs(firstReplies),
  };
}

/** Code-unit order: the same on every machine and locale, so exports compare and merge as they are. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
