import type { SnapshotField } from '../../lib/diagnostics/snapshot-fields';
import { testIdAttributes } from '../../lib/diagnostics/structural-attributes';
import type { ReportTree } from './diagnose-tree';

/**
 * The elements of a page report that may hold a field: those whose test id, id, class, name or
 * data attribute names it ("priority", "urgency"), each as a selector of its most stable handle.
 */

/** Words a helpdesk's own names use for each field (in ids, classes and test ids). */
export const fieldKeywords: Record<SnapshotField, readonly string[]> = {
  subject: ['subject', 'title'],
  'requester.name': ['requester', 'customer', 'contact'],
  'requester.email': ['email', 'mail'],
  'requester.phone': ['phone', 'tel', 'mobile'],
  channel: ['via', 'channel', 'source', 'origin'],
  priority: ['priority', 'urgency'],
  status: ['status', 'state'],
  tags: ['tag'],
  createdAt: ['created', 'opened', 'timestamp'],
  lastCustomerMessageAt: ['timestamp', 'time'],
  lastAgentReplyAt: ['timestamp', 'time'],
  latestCustomerMessage: ['message', 'comment', 'body', 'content'],
};

/** How much a kind of handle is worth: test ids survive redesigns, generated classes do not. */
const handleWeight = {
  testId: 50,
  fieldLabel: 45,
  id: 35,
  name: 35,
  gardenId: 25,
  dataName: 20,
  className: 20,
} as const;

export interface Candidate {
  selector: string;
  node: number;
  weight: number;
  reasons: string[];
  /** The attribute and value it is made from, to compare with the built-in selectors. */
  attribute?: string;
  value?: string;
}

export function tokensOf(text: string): string[] {
  return text
    .split(/(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((token) => token.toLowerCase());
}

/** The field keyword `text` names ("ticket-fields-priority-select" → "priority"), exactly or as a word's start. */
export function keywordIn(
  text: string,
  keywords: readonly string[],
): { keyword: string; exact: boolean } | undefined {
  const tokens = tokensOf(text);
  for (const keyword of keywords) {
    if (tokens.includes(keyword)) return { keyword, exact: true };
  }
  for (const keyword of keywords) {
    if (tokens.some((token) => token.startsWith(keyword))) return { keyword, exact: false };
  }
  return undefined;
}

/** A name that will still be there next week: no redaction, no numbers, no generated hashes. */
function looksStable(value: string): boolean {
  if (value.includes('[redacted]') || value.length > 80 || /\d{3,}/.test(value)) return false;
  return !tokensOf(value).some((token) => token.length >= 5 && /\d/.test(token) && /[a-z]/.test(token));
}

function isGeneratedClass(name: string): boolean {
  return /^(?:sc|css|jss|emotion|styled|svelte|makestyles)-/i.test(name) || /__[a-z0-9]{5,}$/i.test(name);
}

const cssIdentifier = /^-?[_a-zA-Z][_a-zA-Z0-9-]*$/;

function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Elements whose names carry a field keyword, as selectors of their most stable handle. */
export function candidatesFor(tree: ReportTree, keywords: readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  tree.nodes.forEach((node, index) => {
    const add = (
      selector: string,
      weight: number,
      what: string,
      hit: { keyword: string; exact: boolean },
      attribute?: string,
      value?: string,
    ) =>
      found.push({
        selector,
        node: index,
        weight: weight + (hit.exact ? 10 : 5),
        reasons: [`its ${what} names "${hit.keyword}"`],
        attribute,
        value,
      });
    for (const [name, value] of Object.entries(node.attributes ?? {})) {
      if (value === undefined || !looksStable(value)) continue;
      const hit = keywordIn(value, keywords);
      if (!hit) continue;
      if (testIdAttributes.includes(name))
        add(`[${name}=${quoted(value)}]`, handleWeight.testId, name, hit, name, value);
      else if (name === 'field-label')
        add(`[${name}=${quoted(value)}]`, handleWeight.fieldLabel, name, hit, name, value);
      else if (name === 'name')
        add(`${node.tag}[name=${quoted(value)}]`, handleWeight.name, 'name', hit, name, value);
      else if (name === 'data-garden-id')
        add(`[${name}=${quoted(value)}]`, handleWeight.gardenId, name, hit, name, value);
    }
    if (node.id && cssIdentifier.test(node.id) && looksStable(node.id)) {
      const hit = keywordIn(node.id, keywords);
      if (hit) add(`#${node.id}`, handleWeight.id, 'id', hit, 'id', node.id);
    }
    for (const name of node.classes ?? []) {
      if (!cssIdentifier.test(name) || !looksStable(name) || isGeneratedClass(name)) continue;
      const hit = keywordIn(name, keywords);
      if (hit) add(`${node.tag}.${name}`, handleWeight.className, 'class', hit, 'class', name);
    }
    for (const name of node.data ?? []) {
      if (!cssIdentifier.test(name) || name.includes('redacted')) continue;
      const hit = keywordIn(name.replace(/^data-/, ''), keywords);
      if (hit) add(`${node.tag}[${name}]`, handleWeight.dataName, 'data attribute', hit);
    }
  });
  return found;
}
