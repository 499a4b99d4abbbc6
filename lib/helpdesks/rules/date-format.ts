import type { DateOrder } from '../../time/local-date-text';

/**
 * A rule's token date format ("DD.MM.YYYY HH:mm", "MMM D, YYYY h:mm A", as Moment and Day.js
 * spell them) is read by the same reader as the agent's helpdesk clock (local-date-text.ts), in
 * the date order the format names. The pack schema accepts only formats that reader reads back
 * exactly (date-format-check.ts), so the page script carries no parser of its own.
 */
export function dateOrderOfFormat(format: string): DateOrder {
  const order = [...new Set(format.replace(/\[[^\]]*\]|[^YMD]/g, ''))].join('').toLowerCase();
  return order as DateOrder;
}
