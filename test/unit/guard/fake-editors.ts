/**
 * A CodeMirror 5-like editor that holds a line above the one it draws, with no editor reader to ask: Select All puts
 * its whole text in its input (as the editor does for copying), so masking it from the lines drawn would lose a line.
 * Appended alone to `doc`'s body (beside other editors it would read as one block of a block editor); returns its input.
 */
export function codeEditorHoldingMoreThanItDraws(doc: Document): HTMLTextAreaElement {
  const root = doc.createElement('div');
  root.innerHTML = '<div class="CodeMirror"><textarea></textarea><div class="CodeMirror-code"><pre class="CodeMirror-line">card 4111 1111 1111 1111</pre></div></div>';
  doc.body.replaceChildren(root);
  const input = root.querySelector('textarea')!;
  input.addEventListener('keydown', (event) => {
    event.preventDefault();
    input.value = 'a line above, not drawn\ncard 4111 1111 1111 1111';
  });
  return input;
}

/**
 * A text field, alone in `doc`'s body and holding `value`, that takes a pasted text in place of its whole value (as a
 * composer does when its text is selected whole before the paste); returns it.
 */
export function fieldTakingPastes(doc: Document, value: string): HTMLTextAreaElement {
  const field = doc.createElement('textarea');
  field.value = value;
  doc.body.replaceChildren(field);
  field.addEventListener('paste', (event) => {
    event.preventDefault();
    field.value = event.clipboardData?.getData('text/plain') ?? '';
  });
  return field;
}
