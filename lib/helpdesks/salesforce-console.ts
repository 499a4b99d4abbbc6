import { queryAllFirst, queryFirst } from './page-text';
import { caseIdOfPath, caseIdOfViewPath, type CaseLocation } from './salesforce-record-id';
import { selectors } from './salesforce-selectors';

/**
 * Finding, in the Service Console, the record page of the Case the agent looks at. The console
 * keeps every open workspace (and every subtab of each) in the DOM and marks the focused ones
 * `active`, so a document-wide query would often find a hidden Case (research §3.2).
 */

function pathOfLink(link: Element | null | undefined, base: URL): string | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  try {
    return new URL(href, base).pathname;
  } catch {
    return undefined;
  }
}

function activeWorkspaceOf(doc: Document): Element | undefined {
  const found = queryFirst(doc, selectors.activeWorkspace);
  if (found) return found;
  // A nested active body is the focused subtab of some workspace, perhaps a hidden one.
  for (const body of doc.querySelectorAll(`${selectors.consoleTabBody}.active`)) {
    if (!body.parentElement?.closest(selectors.consoleTabBody)) return body;
  }
  return undefined;
}

/**
 * False when the selected workspace tab names another record than the URL: the URL has moved on
 * and the console has not re-rendered yet (or the other way round). True when it agrees or when
 * the layout shows no workspace tab bar.
 */
function workspaceTabAgrees(doc: Document, location: CaseLocation, base: URL): boolean {
  const tab = queryFirst(doc, selectors.activeWorkspaceTab);
  if (!tab) return true;
  const path = pathOfLink(tab, base);
  return path !== undefined && caseIdOfPath(path) === location.workspaceCaseId;
}

/**
 * The record page of the focused Case inside the workspace: the body of the subtab that links to
 * the Case itself. When a Contact subtab is focused, that body is hidden but still rendered.
 */
function caseSubtabPage(workspace: Element, focusedCaseId: string, base: URL): Element | undefined {
  const headers = queryAllFirst(workspace, selectors.subtabHeaders);
  // A workspace without subtabs shows only its own record.
  if (headers.length === 0) return queryFirst(workspace, selectors.recordPage) ?? undefined;
  const caseHeader = headers.find((header) => {
    const path = pathOfLink(header, base);
    return path !== undefined && caseIdOfViewPath(path) === focusedCaseId;
  });
  const bodyId = caseHeader?.getAttribute('aria-controls');
  if (!bodyId || !/^[\w-]+$/.test(bodyId)) return undefined;
  const body = workspace.querySelector(`[id="${bodyId}"]`);
  return (body && queryFirst(body, selectors.recordPage)) ?? undefined;
}

/** The Case record page the URL names, in the focused workspace only; undefined when not (yet) there. */
export function focusedCaseRecordPage(doc: Document, location: CaseLocation, url: URL): Element | undefined {
  const workspace = activeWorkspaceOf(doc);
  if (!workspace || !workspaceTabAgrees(doc, location, url)) return undefined;
  return caseSubtabPage(workspace, location.focusedCaseId, url);
}

export function workspaceManagerOf(doc: Document): Element | null {
  return queryFirst(doc, selectors.workspaceManager);
}
