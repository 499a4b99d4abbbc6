import { MAX_LISTED_ERRORS } from './import-format';

/** One thing wrong with one row: where it is, which column, and why, in the agent's words. */
export interface RowProblem {
  /** 1-based line of the file where the row starts (a CSV header is line 1). */
  line: number;
  column?: string;
  reason: string;
}

export interface ImportCounts {
  rowsRead: number;
  customersCreated: number;
  /** Customers already known (from tickets or an earlier import) that the file added to. */
  customersUpdated: number;
  purchases: number;
  interactions: number;
}

export type ImportReport =
  | ({ outcome: 'imported' } & ImportCounts)
  | {
      outcome: 'refused';
      rowsRead: number;
      /** Why the whole file was refused, when it was (wrong header, too big, not UTF-8 …). */
      refusal?: string;
      /** The first problems, in file order. */
      errors: RowProblem[];
      /** How many problems there were beyond those listed. */
      moreErrors: number;
    };

/** 'line 12, email: "maya@" is not an email address' */
export function describeProblem({ line, column, reason }: RowProblem): string {
  return column === undefined ? `line ${line}: ${reason}` : `line ${line}, ${column}: ${reason}`;
}

/** A value as a problem quotes it: in quotes, cut short so one bad cell cannot flood the report. */
export function quoted(value: string): string {
  const characters = [...value];
  return JSON.stringify(characters.length > 60 ? `${characters.slice(0, 59).join('')}…` : value);
}

/** A problem with the file as a whole: reading stops and nothing is imported. */
export class ImportRefusal extends Error {
  override name = 'ImportRefusal';
}

/** The problems found so far: the first ones kept, the rest only counted. */
export class ProblemList {
  readonly listed: RowProblem[] = [];
  private total = 0;

  add(problem: RowProblem): void {
    this.total += 1;
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(problem);
  }

  get count(): number {
    return this.total;
  }

  get unlisted(): number {
    return this.total - this.listed.length;
  }
}
