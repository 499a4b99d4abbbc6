import { clip, foldSpace, textOf } from './page-text';
import { freshdeskSelectors as selectors } from './freshdesk-selectors';

/**
 * Finding, on a Freshdesk agent page, the view of the ticket the URL names. Freshdesk draws one
 * ticket per page (research §4), but a single-page app can hold more than it shows: the view
 * being left during a route change, a ticket still loading beside the one before it. So the view
 * is found from the ticket number in its breadcrumb, never from the first subject on the page.
 */

function isInLog(element: Element): boolean {
  return element.closest(selectors.item) !== null;
}

/** The first match of any of `list` (newest UI first) that is page chrome, not message content. */
export function outsideLog(root: ParentNode, list: readonly string[]): Element | undefined {
  for (const selector of list) {
    for (const found of root.querySelectorAll(selector)) if (!isInLog(found)) return found;
  }
  return undefined;
}

export function allOutsideLog(root: ParentNode, list: readonly string[]): Element[] {
  for (const selector of list) {
    const found = [...root.querySelectorAll(selector)].filter((element) => !isInLog(element));
    if (found.length > 0) return found;
  }
  return [];
}

/** Hidden by the markup (`hidden`, an inline `display: none`) or, where the browser can tell, by CSS. */
function isHidden(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (at.hasAttribute('hidden') || /display:\s*none/.test(at.getAttribute('style') ?? '')) return true;
  }
  return element.checkVisibility?.() === false;
}

/** The subject as typed, without the controls Freshdesk puts inside the heading. */
export function subjectOf(heading: Element): string | undefined {
  let own = '';
  for (const node of heading.childNodes) if (node.nodeType === 3) own += node.nodeValue ?? '';
  const text = foldSpace(own.slice(0, 4000));
  return text ? clip(text) : textOf(heading);
}

/**
 * The smallest element around `crumb` that holds a subject: the ticket's view. Null when that
 * element also holds another ticket's number (the URL's ticket has no subject yet, so the climb
 * reached a view drawn beside it) or is hidden.
 */
function viewAround(crumb: Element, crumbs: readonly Element[]): Element | null {
  let at = crumb.parentElement;
  while (at && !outsideLog(at, [selectors.subject])) at = at.parentElement;
  const view = at;
  if (!view || isHidden(view)) return null;
  return crumbs.filter((other) => view.contains(other)).length === 1 ? view : null;
}

/**
 * The visible view of ticket `ticketId`, or null while it is not drawn (loading, or the URL has
 * moved on before the page has). A UI without the breadcrumb falls back to the page itself, but
 * only when it shows exactly one subject and its title names the ticket ("[#5123] …").
 */
export function ticketViewOf(doc: Document, ticketId: string): Element | null {
  const crumbs = [...doc.querySelectorAll(selectors.ticketNumber)].filter((crumb) => !isInLog(crumb));
  for (const crumb of crumbs) {
    if (/^#?(\d+)$/.exec(textOf(crumb) ?? '')?.[1] !== ticketId) continue;
    const view = viewAround(crumb, crumbs);
    if (view) return view;
  }
  if (crumbs.length > 0) return null;
  const subjects = allOutsideLog(doc, [selectors.subject]);
  const titled = doc.title.startsWith(`[#${ticketId}]`);
  return titled && subjects.length === 1 && !isHidden(subjects[0]!) ? doc.body : null;
}
