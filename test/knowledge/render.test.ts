// @vitest-environment jsdom
// DOMPurify does not support happy-dom (cure53/DOMPurify#1457: sanitising there is unsafe), so
// the sanitiser is tested in jsdom; the side panel runs it in Chromium.
import { describe, expect, test } from 'vitest';

import { renderMarkdown } from '../../lib/knowledge/render';
import { xssPayloads } from './xss-payloads';

const allowedElements = new Set([
  'P',
  'BR',
  'STRONG',
  'EM',
  'DEL',
  'CODE',
  'PRE',
  'BLOCKQUOTE',
  'HR',
  'UL',
  'OL',
  'LI',
  'A',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
]);
const allowedAttributes = new Set(['href', 'title', 'start', 'target', 'rel']);

function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

describe('renderMarkdown keeps every hostile snippet inert', () => {
  test('the corpus is large', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(40);
  });

  test.each(xssPayloads)('%s', (payload) => {
    const body = parse(renderMarkdown(payload));
    for (const element of body.querySelectorAll('*')) {
      expect(allowedElements, element.outerHTML).toContain(element.tagName);
      for (const attribute of element.attributes) {
        expect(allowedAttributes, `${attribute.name} on ${element.tagName}`).toContain(attribute.name);
      }
      const href = element.getAttribute('href');
      if (href !== null) expect(href).toMatch(/^(?:https:\/\/|http:\/\/|mailto:)/i);
    }
    for (const link of body.querySelectorAll('a[href]')) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});

describe('renderMarkdown renders what snippets are written with', () => {
  test.each([
    [
      'emphasis',
      'Your refund is **on its way**, *promise*.',
      '<p>Your refund is <strong>on its way</strong>, <em>promise</em>.</p>',
    ],
    [
      'a numbered list',
      '1. Sign in\n2. Open **Billing**',
      '<ol>\n<li>Sign in</li>\n<li>Open <strong>Billing</strong></li>\n</ol>',
    ],
    [
      'a help-centre link',
      '[Refund timeline](https://help.northwind-broadband.example/billing/refund-timeline)',
      '<p><a href="https://help.northwind-broadband.example/billing/refund-timeline" target="_blank" rel="noopener noreferrer">Refund timeline</a></p>',
    ],
    [
      'a mailto link',
      '[Billing](mailto:billing@northwind.example)',
      '<p><a href="mailto:billing@northwind.example" target="_blank" rel="noopener noreferrer">Billing</a></p>',
    ],
    ['a heading under the card', '# Next steps', '<h4>Next steps</h4>'],
    ['an image, as its alt text', '![Router lights](https://img.example/lights.png)', '<p>Router lights</p>'],
    ['raw HTML, as text', 'Press <kbd>Reset</kbd>', '<p>Press &lt;kbd&gt;Reset&lt;/kbd&gt;</p>'],
    ['a javascript: link, without its target', '[Open](javascript:alert(1))', '<p><a>Open</a></p>'],
  ])('%s', (_case, markdown, html) => {
    expect(renderMarkdown(markdown).trim()).toBe(html);
  });
});
