/**
 * The page report's name and limits, free of zod: the page diagnostic builds reports with them
 * and must stay small (the schema, report-schema.ts, is only needed where a report is read).
 */
export const PAGE_REPORT_FORMAT = 'touchpoint-page-report/1';
export const MAX_REPORT_ELEMENTS = 4000;
/** The serialised report's size limit (JSON characters). */
export const MAX_REPORT_SIZE = 500_000;

/** What one node of the tree may carry; the walk clips to these and the schema refuses more. */
export const nodeLimits = {
  maxClasses: 20,
  maxDataNames: 20,
  maxOtherNames: 12,
  /** Characters of an id, class, attribute name or value. */
  maxValue: 120,
} as const;

/** C0 and C1 control characters: a report is read in terminals, where they could act as commands. */
export const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` with every control character replaced, as every string of a report must be. */
export function printable(text: string): string {
  return text.replace(controlCharacters, '\ufffd');
}
