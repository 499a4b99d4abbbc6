/**
 * Puts text into a helpdesk's reply composer at the caret, as if the agent had typed it, so the
 * editor (CKEditor in Zendesk, Quill in Salesforce) records it in its own model and undo history.
 * Returns false when the editor would not take it; the panel then copies the text instead.
 */
export function insertIntoComposer(composer: HTMLElement, text: string): boolean {
  const doc = composer.ownerDocument;
  composer.focus();
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const start = composer.selectionStart ?? composer.value.length;
    const end = composer.selectionEnd ?? start;
    composer.setRangeText(text, start, end, 'end');
    composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  }
  if (!composer.isContentEditable) return false;
  const selection = doc.getSelection();
  if (selection && !composer.contains(selection.anchorNode)) {
    // No caret in the editor yet: insert at its end rather than wherever the page's selection is.
    selection.selectAllChildren(composer);
    selection.collapseToEnd();
  }
  const before = composer.textContent ?? '';
  // execCommand is deprecated but remains the one way to insert that rich editors observe as typing.
  const accepted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  return accepted && composer.textContent !== before;
}
