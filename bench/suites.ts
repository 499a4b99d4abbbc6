import { benchActivity } from './activity';
import { benchExtraction } from './extraction';
import { benchHistory } from './history';
import { benchKnowledge } from './knowledge';
import { benchOffers } from './offers';
import { benchPanelLatency } from './panel-latency';
import { benchStandards } from './standards';

/** Every benchmark that runs code, by name; each runs in a process of its own (isolated.ts). */
export const suites = {
  extraction: benchExtraction,
  latency: benchPanelLatency,
  standards: benchStandards,
  knowledge: benchKnowledge,
  history: benchHistory,
  offers: benchOffers,
  activity: benchActivity,
};

export type SuiteName = keyof typeof suites;
export type SuiteResult<Name extends SuiteName> = Awaited<ReturnType<(typeof suites)[Name]>>;
