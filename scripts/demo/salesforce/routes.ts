import { salesforceCases, type DemoSalesforceCase } from '../data';

/** What a console URL shows: the Case list view, or a Case workspace with one of its subtabs focused. */
export type ConsoleRoute =
  { kind: 'list' } | { kind: 'case'; caseRecord: DemoSalesforceCase; subtab: 'case' | 'contact' };

export const listUrl = '/lightning/o/Case/list?filterName=Recent';

export function caseUrl(caseRecord: DemoSalesforceCase): string {
  return `/lightning/r/Case/${caseRecord.recordId}/view`;
}

/** A Contact subtab keeps its workspace's URL in `ws`, as the real console does. */
export function contactUrl(caseRecord: DemoSalesforceCase): string {
  return `/lightning/r/Contact/${caseRecord.contactRecordId}/view?ws=${encodeURIComponent(caseUrl(caseRecord))}`;
}

function caseWithId(id: string | undefined): DemoSalesforceCase | undefined {
  if (!id) return undefined;
  // Salesforce accepts the 15-character form of an id as well as the 18-character one.
  return salesforceCases.find((caseRecord) => caseRecord.recordId.startsWith(id) && id.length >= 15);
}

const casePath = /^\/lightning\/r\/(?:Case\/)?(500\w{12,15})\/view$/;
const contactPath = /^\/lightning\/r\/(?:Contact\/)?(003\w{12,15})\/view$/;

/** The route of a URL, or undefined for a page the demo does not have. */
export function routeOf(url: URL): ConsoleRoute | undefined {
  if (url.pathname === '/lightning/o/Case/list') return { kind: 'list' };
  const caseRecord = caseWithId(casePath.exec(url.pathname)?.[1]);
  if (caseRecord) return { kind: 'case', caseRecord, subtab: 'case' };
  const contactId = contactPath.exec(url.pathname)?.[1];
  const workspacePath = url.searchParams.get('ws') ?? '';
  const workspaceCase = caseWithId(casePath.exec(workspacePath)?.[1]);
  if (contactId && workspaceCase?.contactRecordId.startsWith(contactId)) {
    return { kind: 'case', caseRecord: workspaceCase, subtab: 'contact' };
  }
  return undefined;
}
