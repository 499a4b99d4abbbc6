import { describe, expect, test } from 'vitest';

import { corpusOf } from '../../lib/diagnostics/page-corpus';
import { createRedactor } from '../../lib/diagnostics/redaction';
import { walkStructure, type StructureTree } from '../../lib/diagnostics/structure-walk';

const redact = createRedactor(corpusOf('Maya Okafor'));

function bodyOf(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

/** Every node after its parent, the first the root: what the report schema demands. */
function expectWellFormed(tree: StructureTree): void {
  tree.nodes.forEach((node, index) => {
    if (index === 0) expect(node.parent).toBe(-1);
    else expect(node.parent).toBeGreaterThanOrEqual(0);
    expect(node.parent).toBeLessThan(index);
  });
}

describe('describing elements', () => {
  test('keeps names and structure, never text or attribute values outside the allow-list', () => {
    const tree = walkStructure(
      bodyOf(`<div id="main" class="pane maya-card" data-test-id="omni-header" data-entity-id="4512" title="Maya Okafor" style="display: none">
        <input type="text" name="subject" value="Maya Okafor" aria-label="Subject">Maya</div>`),
      redact,
    );
    expect(tree.nodes).toEqual([
      { parent: -1, tag: 'body' },
      {
        parent: 0,
        tag: 'div',
        id: 'main',
        classes: ['pane', '[redacted]-card'],
        data: ['data-entity-id'],
        attributes: { 'data-test-id': 'omni-header' },
        otherAttributes: ['title'],
        hidden: true,
      },
      {
        parent: 1,
        tag: 'input',
        attributes: { type: 'text', name: 'subject' },
        otherAttributes: ['value', 'aria-label'],
      },
    ]);
    expect(JSON.stringify(tree)).not.toMatch(/maya|okafor|4512/i);
  });

  test('control characters a terminal would act on never pass', () => {
    const body = bodyOf('<div></div>');
    body.firstElementChild!.className = 'pane\u001b[31mred';
    body.firstElementChild!.id = 'main\u0007';
    const [, node] = walkStructure(body, redact).nodes;
    expect(node).toMatchObject({ id: 'main\ufffd', classes: ['pane\ufffd[31mred'] });
  });

  test('skips scripts and styles, and the insides of icons, counting them as omitted', () => {
    const tree = walkStructure(
      bodyOf('<script>1</script><style>p{}</style><svg viewBox="0 0 1 1"><path d="M0"></path></svg><p></p>'),
      redact,
    );
    expect(tree.nodes.map((node) => node.tag)).toEqual(['body', 'svg', 'p']);
    expect(tree.nodes[0]!.omitted).toBe(2);
    expect(tree.nodes[1]!.omitted).toBe(1);
    expect(tree.truncated).toBe(false);
  });
});

describe('the budget', () => {
  // Twenty hidden tabs' workspaces before the active one, as Zendesk keeps them.
  const page = bodyOf(
    `<main>${'<div class="workspace" style="display: none"><section><p></p><p></p></section></div>'.repeat(20)}
     <div class="workspace"><div data-test-id="ticket-1-standard-layout" id="active"><section><p class="deep"><span></span></p></section></div></div></main>`,
  );
  const active = page.querySelector('#active')!;

  test('describes the active ticket and the elements above it first, in document order', () => {
    const tree = walkStructure(page, redact, active, { maxElements: 12, maxBytes: 100_000 });
    expectWellFormed(tree);
    expect(tree.truncated).toBe(true);
    expect(tree.nodes).toHaveLength(12);
    const focus = tree.nodes[tree.focus!]!;
    expect(focus.id).toBe('active');
    expect(tree.nodes.some((node) => node.classes?.includes('deep'))).toBe(true);
    // The rest of the budget goes breadth-first from the top: hidden workspaces, not their insides.
    expect(tree.nodes.filter((node) => node.tag === 'p' && !node.classes)).toEqual([]);
  });

  test('stops at the byte budget too', () => {
    const tree = walkStructure(page, redact, active, { maxElements: 4000, maxBytes: 600 });
    expectWellFormed(tree);
    expect(tree.truncated).toBe(true);
    expect(JSON.stringify(tree.nodes).length).toBeLessThan(700);
  });

  test('describes everything when the page fits', () => {
    const tree = walkStructure(page, redact, active);
    expectWellFormed(tree);
    expect(tree.truncated).toBe(false);
    expect(tree.nodes).toHaveLength(page.getElementsByTagName('*').length + 1);
  });
});
