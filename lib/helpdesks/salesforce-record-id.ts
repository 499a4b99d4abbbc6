/**
 * Salesforce record ids and the Lightning URLs that name a Case. Ids come in a 15-character
 * case-sensitive form and an 18-character form whose last three characters encode, five
 * characters at a time, which of the first fifteen are capitals (research/helpdesk-pages.md §3.1).
 */

const checksumAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const recordIdPattern = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** Key prefixes of the objects Touchpoint tells apart (the first three characters of every id). */
export const keyPrefixes = {
  case: '500',
  user: '005',
  contact: '003',
  lead: '00Q',
  account: '001',
} as const;

/** The 18-character form of a 15- or 18-character id; undefined for anything else. */
export function toEighteenCharacterId(id: string): string | undefined {
  if (!recordIdPattern.test(id)) return undefined;
  if (id.length === 18) return id;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let position = 0; position < 5; position++) {
      const character = id.charAt(chunk * 5 + position);
      if (character >= 'A' && character <= 'Z') bits |= 1 << position;
    }
    suffix += checksumAlphabet.charAt(bits);
  }
  return id + suffix;
}

/**
 * `/lightning/r/Case/ID/view` and its related lists (`/lightning/r/Case/ID/related/EmailMessages/view`);
 * list views link the short form `/lightning/r/ID/view`, which names a Case by its `500` prefix.
 */
const caseRecordPath =
  /^\/lightning\/r\/(?:Case\/)?(500[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/(?:view|related\/[A-Za-z0-9_]+\/view)\/?$/;
/** Any record page, the only kind of page the console opens as a subtab of a workspace. */
const anyRecordPath =
  /^\/lightning\/r\/(?:[A-Za-z0-9_]+\/)?[a-zA-Z0-9]{15,18}\/(?:view|related\/[A-Za-z0-9_]+\/view)\/?$/;
const caseViewPath = /^\/lightning\/r\/(?:Case\/)?(500[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/view\/?$/;

/** The 18-character Case id a Lightning path names, or undefined. */
export function caseIdOfPath(path: string): string | undefined {
  const found = caseRecordPath.exec(path);
  return found ? toEighteenCharacterId(found[1]!) : undefined;
}

/** The Case id of a record-view path only (not its related lists): how a Case's own subtab links. */
export function caseIdOfViewPath(path: string): string | undefined {
  const found = caseViewPath.exec(path);
  return found ? toEighteenCharacterId(found[1]!) : undefined;
}

export interface CaseLocation {
  /** The Case whose record page the agent is looking at (a child Case opened as a subtab included). */
  focusedCaseId: string;
  /** The Case the workspace tab belongs to: `ws` when a subtab is focused, else the focused Case. */
  workspaceCaseId: string;
}

/**
 * Which Case a console URL shows. A subtab of a Case workspace (its Contact, its Account) keeps
 * the workspace's own URL in `ws`, so the agent still works that Case.
 */
export function caseLocationOf(url: URL): CaseLocation | undefined {
  const pathCaseId = caseIdOfPath(url.pathname);
  const workspaceParameter = url.searchParams.get('ws');
  const workspaceCaseId =
    workspaceParameter && anyRecordPath.test(url.pathname) ? caseIdOfPath(workspaceParameter) : undefined;
  const focusedCaseId = pathCaseId ?? workspaceCaseId;
  if (!focusedCaseId) return undefined;
  return { focusedCaseId, workspaceCaseId: workspaceCaseId ?? focusedCaseId };
}

/** The key prefix of the record a link points to (`/lightning/r/User/005…/view` → `005`). */
export function keyPrefixOfLink(href: string): string | undefined {
  const path = href.split(/[?#]/, 1)[0] ?? '';
  const idSegment = path.split('/').find((segment) => recordIdPattern.test(segment));
  return idSegment?.slice(0, 3);
}
