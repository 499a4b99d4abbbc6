/*
 * css-what (fb55, the parser under cheerio and css-select): typed, small, no dependencies, and it
 * runs where packs are validated without a DOM (the background service worker has no `document`,
 * the pack tool runs in Node), so `querySelector` cannot be the judge there. It parses the CSS
 * Selectors grammar but also accepts jQuery extensions (`:contains`, `[a!=b]`) and the rare
 * combinators browsers refuse, so those are refused here on top of its syntax check.
 */
import { AttributeAction, parse, SelectorType, type Selector } from 'css-what';

/** Pseudo-classes browsers accept in `querySelector` (Chrome and Firefox, 2024 on). */
const pseudoClasses = new Set([
  'not',
  'is',
  'where',
  'has',
  'nth-child',
  'nth-last-child',
  'nth-of-type',
  'nth-last-of-type',
  'first-child',
  'last-child',
  'only-child',
  'first-of-type',
  'last-of-type',
  'only-of-type',
  'empty',
  'root',
  'scope',
  'checked',
  'default',
  'indeterminate',
  'disabled',
  'enabled',
  'required',
  'optional',
  'read-only',
  'read-write',
  'placeholder-shown',
  'valid',
  'invalid',
  'in-range',
  'out-of-range',
  'link',
  'any-link',
  'target',
  'focus',
  'focus-within',
  'focus-visible',
  'hover',
  'active',
  'defined',
  'lang',
  'dir',
  'popover-open',
  'modal',
]);

const nthFormula = /^\s*(?:odd|even|[+-]?\d*n(?:\s*[+-]\s*\d+)?|[+-]?\d+)(?:\s+of\s+\S.*)?\s*$/i;

function tokenProblem(token: Selector, inHas: boolean): string | undefined {
  switch (token.type) {
    case SelectorType.PseudoElement:
      return `"::${token.name}" is a pseudo-element, which never matches an element`;
    case SelectorType.Parent:
    case SelectorType.ColumnCombinator:
      return 'browsers know no "<" or "||" combinator';
    case SelectorType.Attribute:
      if (token.action === AttributeAction.Not)
        return `"[${token.name}!=…]" is jQuery, not CSS; use ":not([${token.name}=…])"`;
      return token.namespace === null ? undefined : 'namespaces are not supported';
    case SelectorType.Tag:
    case SelectorType.Universal:
      return token.namespace === null ? undefined : 'namespaces are not supported';
    case SelectorType.Pseudo:
      if (!pseudoClasses.has(token.name)) return `":${token.name}" is not a pseudo-class browsers support`;
      if (token.name.startsWith('nth-') && !nthFormula.test(String(token.data))) {
        return `":${token.name}(${String(token.data)})" needs a formula such as "2", "odd" or "2n+1"`;
      }
      if (token.name === 'has' && inHas) return 'browsers refuse ":has()" inside ":has()"';
      return Array.isArray(token.data) ? problemIn(token.data, inHas || token.name === 'has') : undefined;
    default:
      return undefined;
  }
}

function problemIn(selectors: Selector[][], inHas = false): string | undefined {
  for (const tokens of selectors) {
    for (const token of tokens) {
      const problem = tokenProblem(token, inHas);
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * Why `selector` would not work in a browser's `querySelector`, e.g. `"[data-test-id=" is not a
 * valid CSS selector (Attribute selector didn't terminate)`; undefined when it would.
 */
export function selectorProblem(selector: string): string | undefined {
  const quoted = JSON.stringify(selector.length > 80 ? `${selector.slice(0, 79)}…` : selector);
  let parsed: Selector[][];
  try {
    parsed = parse(selector);
  } catch (error) {
    return `${quoted} is not a valid CSS selector (${error instanceof Error ? error.message : String(error)})`;
  }
  if (parsed.length === 0) return 'an empty selector matches nothing';
  const problem = problemIn(parsed);
  return problem && `${quoted} is not a valid CSS selector: ${problem}`;
}
