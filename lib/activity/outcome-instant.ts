import type { StandardOutcome } from './standard-outcome';

/**
 * The instant that decides which day (and which report range) an outcome belongs to, whatever
 * its `updatedAt` says (that moves every time a breach is seen again):
 * - met: when it was met (`metAt`). A discretion target past its due instant is recorded as met
 *   before any reply (the standard leaves it to the agent), so without `metAt` it counts at `dueAt`;
 * - breached: its due instant, the moment the promise was broken, even when the reply came days later.
 */
export function decisiveInstant(outcome: StandardOutcome): number {
  return outcome.outcome === 'met' ? (outcome.metAt ?? outcome.dueAt) : outcome.dueAt;
}
