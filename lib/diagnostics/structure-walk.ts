import type { Redactor } from './redaction';
import { MAX_REPORT_ELEMENTS, MAX_REPORT_SIZE, nodeLimits, printable } from './report-format';
import { isStructuralAttribute, type StructuralAttribute } from './structural-attributes';

/** One element as a page report describes it: names and structure, never text or free values. */
export interface StructureNode {
  /** Index of the parent node in the list; -1 for the root. */
  parent: number;
  tag: string;
  id?: string;
  classes?: string[];
  /** Names of the element's `data-*` attributes outside the allow-list (values are never kept). */
  data?: string[];
  /** Allow-listed attributes with their (redacted) values. */
  attributes?: Partial<Record<StructuralAttribute, string>>;
  /** Names of the element's other attributes (`href`, `title`, `datetime` …), never their values. */
  otherAttributes?: string[];
  /** Hidden by its own markup: the `hidden` attribute or an inline `display: none`/`visibility: hidden`. */
  hidden?: true;
  /** Child elements left out of the report (budget, scripts, SVG internals). */
  omitted?: number;
}

export interface StructureTree {
  nodes: StructureNode[];
  /** The node of the active ticket's part of the page, when it was found. */
  focus?: number;
  /** Whether the budget stopped the walk before every element was described. */
  truncated: boolean;
}

export const limits = {
  ...nodeLimits,
  maxElements: MAX_REPORT_ELEMENTS,
  /** Leaves room under the report's size limit for everything that is not the tree. */
  maxBytes: MAX_REPORT_SIZE * 0.9,
};

/** Never described: code and what the agent cannot see or the report cannot use. */
const skippedTags = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'base']);
/** Described, but not their insides (an icon's paths say nothing about the page). */
const opaqueTags = new Set(['svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'picture']);
const ignoredAttributes = new Set(['id', 'class', 'style']);
const tagPattern = /^[a-z][a-z0-9._:-]{0,59}$/;

function tagOf(element: Element): string {
  const tag = element.tagName.toLowerCase();
  return tagPattern.test(tag) ? tag : 'unknown-element';
}

function isHiddenByMarkup(element: Element): boolean {
  const style = element.getAttribute('style') ?? '';
  return element.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function describedChildren(element: Element): Element[] {
  if (opaqueTags.has(tagOf(element))) return [];
  return [...element.children].filter((child) => !skippedTags.has(tagOf(child)));
}

function clipped(text: string): string {
  const shown = printable(text);
  return shown.length > limits.maxValue ? `${shown.slice(0, limits.maxValue - 1)}…` : shown;
}

/** The element as a node, its parent not yet known. */
function describe(element: Element, redact: Redactor): StructureNode {
  const node: StructureNode = { parent: -1, tag: tagOf(element) };
  const id = element.getAttribute('id');
  if (id) node.id = clipped(redact.value(id));
  const classes = [...element.classList]
    .slice(0, limits.maxClasses)
    .map((name) => clipped(redact.value(name)));
  if (classes.length) node.classes = classes;
  const data: string[] = [];
  const other: string[] = [];
  const attributes: Partial<Record<StructuralAttribute, string>> = {};
  for (const { name, value } of element.attributes) {
    if (ignoredAttributes.has(name)) continue;
    if (isStructuralAttribute(name)) attributes[name] = clipped(redact.value(value));
    else if (name.startsWith('data-')) data.push(clipped(redact.value(name)));
    else other.push(clipped(redact.value(name)));
  }
  if (data.length) node.data = data.slice(0, limits.maxDataNames);
  if (Object.keys(attributes).length) node.attributes = attributes;
  if (other.length) node.otherAttributes = other.slice(0, limits.maxOtherNames);
  if (isHiddenByMarkup(element)) node.hidden = true;
  return node;
}

/**
 * Describes the page's structure under `root`, within a budget of elements and bytes. The
 * active ticket's part (`focus`) and the elements above it come first, so a busy page with many
 * hidden tabs still reports the ticket in full; then the rest of the page breadth-first.
 * Nodes come out in document order, each after its parent.
 */
export function walkStructure(
  root: Element,
  redact: Redactor,
  focus?: Element | null,
  budget: { maxElements: number; maxBytes: number } = limits,
): StructureTree {
  const described = new Map<Element, StructureNode>();
  let bytes = 0;
  let full = false;

  function take(element: Element): boolean {
    if (described.has(element)) return true;
    if (described.size >= budget.maxElements) return false;
    const node = describe(element, redact);
    // The parent index is not known yet: count its digits generously.
    const size = JSON.stringify(node).length + 8;
    if (bytes + size > budget.maxBytes) return false;
    bytes += size;
    described.set(element, node);
    return true;
  }

  function breadthFirst(start: Element): void {
    const queue = [start];
    for (let index = 0; index < queue.length && !full; index++) {
      const element = queue[index]!;
      if (!take(element)) {
        full = true;
        return;
      }
      queue.push(...describedChildren(element));
    }
  }

  if (focus && focus !== root && root.contains(focus)) {
    const above: Element[] = [];
    for (let at = focus.parentElement; at && at !== root; at = at.parentElement) above.unshift(at);
    for (const element of [root, ...above]) if (!take(element)) full = true;
    if (!full) breadthFirst(focus);
  }
  if (!full) breadthFirst(root);

  // Document order, parents first; every described element's parent is described too.
  const nodes: StructureNode[] = [];
  const indexOf = new Map<Element, number>();
  const stack: { element: Element; parent: number }[] = described.has(root)
    ? [{ element: root, parent: -1 }]
    : [];
  while (stack.length) {
    const { element, parent } = stack.pop()!;
    const node = described.get(element)!;
    node.parent = parent;
    indexOf.set(element, nodes.length);
    nodes.push(node);
    const children = describedChildren(element);
    const kept = children.filter((child) => described.has(child));
    const omitted = element.children.length - kept.length;
    if (omitted > 0) node.omitted = omitted;
    for (let index = kept.length - 1; index >= 0; index--) {
      stack.push({ element: kept[index]!, parent: nodes.length - 1 });
    }
  }
  const focusIndex = focus ? indexOf.get(focus) : undefined;
  return {
    nodes,
    ...(focusIndex !== undefined && { focus: focusIndex }),
    truncated: full,
  };
}
