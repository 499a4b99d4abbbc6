import { MAX_SHORT_TEXT } from '../ticket/fields';

/**
 * Reading page text safely: every string is whitespace-folded and clipped, so a huge or hostile
 * page cannot push unbounded data through the snapshot. Page text is only ever read as text.
 */
export function clip(text: string, max = MAX_SHORT_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Visible-ish text of an element, folded and clipped; undefined when empty or absent. */
export function textOf(element: Element | null | undefined, max = MAX_SHORT_TEXT): string | undefined {
  if (!element) return undefined;
  // Reading a multi-megabyte body in full only to clip it wastes the page's time.
  const raw = (element.textContent ?? '').slice(0, max * 4);
  const text = foldSpace(raw);
  return text ? clip(text, max) : undefined;
}

/** Like `textOf` but keeps paragraph breaks, for message bodies. */
export function multilineTextOf(element: Element | null | undefined, max: number): string | undefined {
  if (!element) return undefined;
  const raw = (element.textContent ?? '').slice(0, max * 4);
  const text = raw
    .split(/\n\s*\n/)
    .map(foldSpace)
    .filter(Boolean)
    .join('\n\n');
  return text ? clip(text, max) : undefined;
}

export function attributeOf(element: Element | null | undefined, name: string): string | undefined {
  const value = element?.getAttribute(name);
  return value ? clip(foldSpace(value)) : undefined;
}

/** The first element any of `selectors` finds under `root` (alternatives per UI era, newest first). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** An ISO instant from a machine-readable attribute (`time[datetime]`), only when it carries an offset. */
export function instantFromAttribute(value: string | null | undefined): string | undefined {
  if (!value || !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The later of two ISO instants (either may be missing). */
export function laterInstant(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
