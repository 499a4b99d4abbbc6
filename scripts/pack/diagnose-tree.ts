import type { PageReport, StructureNodeReport } from '../../lib/diagnostics/report-schema';
import { isStructuralAttribute } from '../../lib/diagnostics/structural-attributes';
import { parseSelector, type AttributeTest, type Compound, type ParsedSelector } from './diagnose-selector';

/**
 * CSS selectors run against a page report's tree instead of a page: enough of CSS for the
 * adapters' selectors and the ones `diagnose` suggests (diagnose-selector.ts). A condition on a
 * value the report does not keep (`a[href^="tel:"]`) makes the selector unanswerable here:
 * `undefined`.
 */

/** A report tree with each node's children, for matching. */
export interface ReportTree {
  nodes: readonly StructureNodeReport[];
  children: readonly number[][];
}

export function treeOf(report: Pick<PageReport, 'tree'>): ReportTree {
  const children: number[][] = report.tree.nodes.map(() => []);
  report.tree.nodes.forEach((node, index) => {
    if (node.parent >= 0) children[node.parent]!.push(index);
  });
  return { nodes: report.tree.nodes, children };
}

/** The value of an attribute as the report keeps it; undefined when the report keeps only its name, or nothing. */
function valueOf(node: StructureNodeReport, name: string): string | undefined {
  if (name === 'id') return node.id;
  if (name === 'class') return node.classes?.join(' ');
  return isStructuralAttribute(name) ? node.attributes?.[name] : undefined;
}

function hasAttribute(node: StructureNodeReport, name: string): boolean {
  return (
    valueOf(node, name) !== undefined ||
    (node.data ?? []).includes(name) ||
    (node.otherAttributes ?? []).includes(name)
  );
}

/** Whether every attribute test can be answered from what a report keeps. */
function answerable(selectors: readonly ParsedSelector[]): boolean {
  return selectors.every((compounds) =>
    compounds.every(
      (part) =>
        part.attributes.every(
          (test) =>
            test.operator === undefined ||
            test.name === 'id' ||
            test.name === 'class' ||
            isStructuralAttribute(test.name),
        ) &&
        answerable(part.not) &&
        answerable(part.has),
    ),
  );
}

function testAttribute(node: StructureNodeReport, test: AttributeTest): boolean {
  if (test.operator === undefined) return hasAttribute(node, test.name);
  const actual = valueOf(node, test.name);
  const expected = test.value ?? '';
  if (actual === undefined) return false;
  switch (test.operator) {
    case '=':
      return actual === expected;
    case '^=':
      return expected !== '' && actual.startsWith(expected);
    case '$=':
      return expected !== '' && actual.endsWith(expected);
    case '*=':
      return expected !== '' && actual.includes(expected);
    case '~=':
      return actual.split(/\s+/).includes(expected);
    case '|=':
      return actual === expected || actual.startsWith(`${expected}-`);
  }
}

function descendantsOf(tree: ReportTree, index: number): number[] {
  const found: number[] = [];
  const stack = [...tree.children[index]!];
  while (stack.length) {
    const next = stack.pop()!;
    found.push(next);
    stack.push(...tree.children[next]!);
  }
  return found;
}

function matchesCompound(tree: ReportTree, index: number, part: Compound): boolean {
  const node = tree.nodes[index]!;
  if (part.tag !== undefined && node.tag !== part.tag) return false;
  if (part.ids.some((id) => node.id !== id)) return false;
  if (part.classes.some((name) => !(node.classes ?? []).includes(name))) return false;
  if (!part.attributes.every((test) => testAttribute(node, test))) return false;
  if (part.not.some((inner) => matchesComplex(tree, index, inner))) return false;
  return part.has.every((inner) => descendantsOf(tree, index).some((at) => matchesComplex(tree, at, inner)));
}

/** Whether node `index` matches the complex selector (its last compound, then ancestors right to left). */
function matchesComplex(
  tree: ReportTree,
  index: number,
  compounds: ParsedSelector,
  last = compounds.length - 1,
): boolean {
  const part = compounds[last];
  if (!part) return true;
  if (!matchesCompound(tree, index, part)) return false;
  if (last === 0) return true;
  let at = tree.nodes[index]!.parent;
  if (part.combinator === '>') return at >= 0 && matchesComplex(tree, at, compounds, last - 1);
  for (; at >= 0; at = tree.nodes[at]!.parent) if (matchesComplex(tree, at, compounds, last - 1)) return true;
  return false;
}

/**
 * The nodes `selector` finds in the report's tree, in document order, optionally only inside
 * `within` (a node index); undefined when the report cannot answer it.
 */
export function queryTree(tree: ReportTree, selector: string, within?: number): number[] | undefined {
  const parsed = parseSelector(selector);
  if (!parsed || !answerable(parsed)) return undefined;
  const scope =
    within === undefined
      ? tree.nodes.map((_, index) => index)
      : [within, ...descendantsOf(tree, within)].sort((a, b) => a - b);
  return scope.filter((index) => parsed.some((compounds) => matchesComplex(tree, index, compounds)));
}

/** Whether node `index` is `ancestor` or inside it. */
export function isInside(tree: ReportTree, index: number, ancestor: number): boolean {
  for (let at = index; at >= 0; at = tree.nodes[at]!.parent) if (at === ancestor) return true;
  return false;
}

/** Whether the node or an ancestor is hidden by its markup. */
export function isHiddenInTree(tree: ReportTree, index: number): boolean {
  for (let at = index; at >= 0; at = tree.nodes[at]!.parent) if (tree.nodes[at]!.hidden) return true;
  return false;
}
