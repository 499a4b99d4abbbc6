import type { FieldProbeReport, PageReport } from '../../lib/diagnostics/report-schema';
import type { SnapshotField } from '../../lib/diagnostics/snapshot-fields';
import { candidatesFor, fieldKeywords, keywordIn, tokensOf, type Candidate } from './diagnose-candidates';
import { compoundsOf, splitList } from './diagnose-selector';
import { isHiddenInTree, isInside, queryTree, treeOf } from './diagnose-tree';

const timeFields: readonly SnapshotField[] = ['createdAt', 'lastCustomerMessageAt', 'lastAgentReplyAt'];

/** One selector `diagnose` proposes for a field, with why. */
export interface Suggestion {
  selector: string;
  score: number;
  reasons: string[];
  /** Elements it finds in the report's tree, and how many of them are in the active ticket. */
  matches: number;
  inTicket?: number;
  /** Rule options the field needs with this selector (tags read every match, times an attribute). */
  rule: { all?: true; attribute?: string };
}

function joined(parts: { text: string; combinator: string }[]): string {
  return parts.map((part, index) => (index === 0 ? part.text : `${part.combinator}${part.text}`)).join('');
}

/** A built-in selector around its keyword-bearing part: what scoped it, and what it read inside. */
interface BuiltInShape {
  selector: string;
  prefix: string;
  tail: string;
  tailCombinator: string;
  anchor: { attribute: string; value: string } | undefined;
}

function builtInShapes(probe: FieldProbeReport, keywords: readonly string[]): BuiltInShape[] {
  return probe.selectors
    .filter((entry) => entry.source === 'built-in')
    .flatMap((entry) => splitList(entry.selector))
    .flatMap((complex) => {
      const parts = compoundsOf(complex);
      const at = parts.findLastIndex((part) => keywordIn(part.text, keywords));
      if (at < 0) return [];
      const anchorText = parts[at]!.text;
      const attribute = /\[([\w-]+)="([^"]*)"\]/.exec(anchorText);
      return [
        {
          selector: complex,
          prefix: joined(parts.slice(0, at)),
          tail: joined(
            parts.slice(at + 1).map((part, index) => (index === 0 ? { ...part, combinator: '' } : part)),
          ),
          tailCombinator: parts[at + 1]?.combinator ?? ' ',
          anchor: attribute ? { attribute: attribute[1]!, value: attribute[2]! } : undefined,
        },
      ];
    });
}

function similarity(a: string, b: string): number {
  const left = new Set(tokensOf(a));
  const right = new Set(tokensOf(b));
  const shared = [...left].filter((token) => right.has(token)).length;
  return shared / new Set([...left, ...right]).size;
}

/**
 * Selectors for `field` found in the report's structure, best first: elements whose test id,
 * id, class or data attribute names the field, preferring unique, stable handles over generated
 * classes, shaped like the built-in selector that failed (same scope, reading the same part
 * inside) where the structure allows, and inside the active ticket.
 */
export function suggestSelectors(report: PageReport, field: SnapshotField, limit = 5): Suggestion[] {
  const tree = treeOf(report);
  const keywords = fieldKeywords[field];
  const probe = report.fields.find((entry) => entry.field === field);
  const shapes = probe ? builtInShapes(probe, keywords) : [];
  const many = field === 'tags';
  const focus = report.tree.focus;
  const best = new Map<string, Suggestion>();

  const consider = (selector: string, base: Candidate, extraScore: number, extraReasons: string[]) => {
    const found = queryTree(tree, selector);
    if (!found || found.length === 0) return;
    const inTicket =
      focus === undefined ? undefined : found.filter((index) => isInside(tree, index, focus)).length;
    const visible = found.filter((index) => !isHiddenInTree(tree, index));
    let score = base.weight + extraScore;
    const reasons = [...base.reasons, ...extraReasons];
    const counted = inTicket ?? found.length;
    if (many) score += counted > 0 ? 20 : 0;
    else if (counted === 1) {
      score += 30;
      reasons.unshift(focus === undefined ? 'unique' : 'unique in the ticket');
    } else if (counted > 1 && counted <= 3) score += 5;
    else score -= 15;
    if (focus !== undefined && inTicket === 0) {
      score -= 25;
      reasons.push('only outside the active ticket');
    }
    if (visible.length === 0) {
      score -= 25;
      reasons.push('hidden');
    }
    const node = tree.nodes[found[0]!]!;
    const rule: Suggestion['rule'] = many ? { all: true } : {};
    if (timeFields.includes(field) && (node.otherAttributes ?? []).includes('datetime'))
      rule.attribute = 'datetime';
    const suggestion: Suggestion = {
      selector,
      score,
      reasons,
      matches: found.length,
      rule,
      ...(inTicket !== undefined && { inTicket }),
    };
    const known = best.get(selector);
    if (!known || known.score < score) best.set(selector, suggestion);
  };

  for (const candidate of candidatesFor(tree, keywords)) {
    consider(candidate.selector, candidate, 0, []);
    for (const shape of shapes) {
      const like =
        shape.anchor && candidate.attribute === shape.anchor.attribute && candidate.value !== undefined
          ? similarity(candidate.value, shape.anchor.value)
          : 0;
      const likeReason = like >= 0.5 ? [`like the built-in "${shape.anchor!.value}"`] : [];
      const likeScore = like >= 0.5 ? 15 : 0;
      if (likeScore) consider(candidate.selector, candidate, likeScore, likeReason);
      if (shape.tail) {
        consider(`${candidate.selector}${shape.tailCombinator}${shape.tail}`, candidate, 25 + likeScore, [
          ...likeReason,
          `reads ${shape.tail} inside it, as the built-in selector does`,
        ]);
      }
      if (shape.prefix) {
        const scoped = `${shape.prefix} ${candidate.selector}${shape.tail ? `${shape.tailCombinator}${shape.tail}` : ''}`;
        consider(scoped, candidate, 10 + (shape.tail ? 25 : 0) + likeScore, [
          ...likeReason,
          `inside ${shape.prefix}, as the built-in selector is`,
        ]);
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.selector.length - b.selector.length)
    .slice(0, limit);
}
