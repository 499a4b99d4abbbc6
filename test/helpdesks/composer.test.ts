import { readFileSync } from 'node:fs';

import { expect, test } from 'vitest';

import { helpdeskFor } from '../../lib/helpdesks/index';
import { insertIntoComposer } from '../../lib/helpdesks/insert-reply';

function load(fixture: string): { doc: Document; url: URL } {
  const html = readFileSync(`test/fixtures/${fixture}`, 'utf8');
  const url = new URL(/URL: (\S+)/.exec(html)![1]!);
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
}

function composerOf(fixture: string, url?: string): HTMLElement | null {
  const loaded = load(fixture);
  const at = url ? new URL(url) : loaded.url;
  return helpdeskFor(at)!.composer(loaded.doc, at);
}

test.each([
  ['zendesk/email-ticket.html', '[data-test-id="omnicomposer-rich-text-ckeditor"]'],
  ['salesforce/email-case.html', '.ql-editor[contenteditable="true"]'],
])('%s: the active ticket has a composer', (fixture, selector) => {
  expect(composerOf(fixture)?.matches(selector)).toBe(true);
});

test("several Zendesk tabs: the active ticket's composer, not the first in the page", () => {
  const { doc, url } = load('zendesk/several-tabs.html');
  const composer = helpdeskFor(url)!.composer(doc, url);
  const activeLayout = doc.querySelector('[data-is-active="true"]');
  // Either the fixture draws a composer for the active ticket (then it is that one) or none is found.
  if (composer) expect(activeLayout?.contains(composer)).toBe(true);
  const composers = doc.querySelectorAll('[data-test-id="omnicomposer-rich-text-ckeditor"]');
  if (composers.length > 1) expect(composer).not.toBe(composers[0]);
});

test('Salesforce: the composer of the active workspace only', () => {
  const composer = composerOf('salesforce/email-case.html');
  expect(composer?.closest('section.tabContent.active')).not.toBeNull();
});

test('Salesforce: none while a Contact subtab hides the Case page', () => {
  expect(
    composerOf(
      'salesforce/email-case.html',
      'https://northwind.lightning.force.com/lightning/r/Contact/0035g00000LkT2bAAF/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000Qm7XyAAJ%2Fview',
    ),
  ).toBeNull();
});

test('Zendesk: none while the ticket is still loading', () => {
  expect(composerOf('zendesk/loading-ticket.html')).toBeNull();
});

test('a plain-text composer gets the text at the caret, and hears an input event', () => {
  const textarea = document.createElement('textarea');
  textarea.value = 'Hi Maya,\n\nThanks for waiting.';
  document.body.append(textarea);
  textarea.setSelectionRange(10, 10);
  const inputs: string[] = [];
  textarea.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));
  expect(insertIntoComposer(textarea, 'Your refund is on its way. ')).toBe(true);
  expect(textarea.value).toBe('Hi Maya,\n\nYour refund is on its way. Thanks for waiting.');
  expect(inputs).toEqual(['insertText']);
  textarea.remove();
});

test('an element that is not editable refuses the text', () => {
  const div = document.createElement('div');
  expect(insertIntoComposer(div, 'Your refund is on its way.')).toBe(false);
});
