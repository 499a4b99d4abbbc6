import type { SyncOutcome } from './sync';

/** One sentence per outcome, for the options page and the panel after "Check now". */
export function outcomeText(outcome: SyncOutcome): string {
  const where = outcome.source.replace(/^file:/, '');
  switch (outcome.result) {
    case 'installed':
    case 'updated':
      return outcome.notice;
    case 'unchanged':
      return `${where}: no newer pack.`;
    case 'refused':
      return `${where}: refused, ${outcome.reason}`;
  }
}
