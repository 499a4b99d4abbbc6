import type { PageReport } from './report-schema';
import { fieldLabel, type SnapshotField } from './snapshot-fields';

const essentialFields: readonly SnapshotField[] = [
  'priority',
  'status',
  'requester.email',
  'requester.phone',
];

/** `touchpoint-page-report-zendesk-2026-11-26.json`: what the download is called. */
export function reportFileName(report: PageReport): string {
  const helpdesk =
    report.helpdesk.id
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'page';
  return `touchpoint-page-report-${helpdesk}-${report.createdAt.slice(0, 10)}.json`;
}

/** The report as the file holds it. */
export function reportJson(report: PageReport): string {
  return `${JSON.stringify(report, null, 1)}\n`;
}

/**
 * One line on what the report holds: "1,204 elements, priority not found". Names the essential
 * fields (priority, status, requester contact) it did not find, or says no ticket was read.
 */
export function reportSummary(report: PageReport): string {
  const elements = `${report.tree.nodes.length.toLocaleString('en-US')} element${report.tree.nodes.length === 1 ? '' : 's'}`;
  if (report.reading !== 'ticket') return `${elements}, no ticket read`;
  const unread = report.fields.filter((probe) => !probe.read).map((probe) => probe.field);
  const missing = essentialFields.filter((field) => unread.includes(field)).map(fieldLabel);
  if (missing.length > 0) return `${elements}, ${missing.join(', ')} not found`;
  return unread.length > 0
    ? `${elements}, ${unread.length} of ${report.fields.length} fields not found`
    : `${elements}, every field found`;
}
