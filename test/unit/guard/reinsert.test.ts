// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composerShows, replaceComposerText } from '../../../utils/guard/reinsert';

/** A rich editor that keeps its own model and renders it a while after a paste, as React editors do. */
function lateRenderingEditor(renderAfterMs: number): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = '<p>card 4111 1111 1111 1111 thanks</p>';
  root.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    event.preventDefault();
    setTimeout(() => (root.innerHTML = `<p>${text}</p>`), renderAfterMs);
  });
  document.body.append(root);
  return root;
}

describe('handing text back to the editor', () => {
  it('waits for an editor that renders its model later before saying the composer holds the text', async () => {
    const editor = lateRenderingEditor(150);
    expect(await replaceComposerText(document, editor, 'card [CREDIT_CARD] thanks')).toBe(true);
    expect(editor.textContent).toBe('card [CREDIT_CARD] thanks');
  });

  it('says so when the composer never shows the text (the masked message must then not be sent)', async () => {
    const editor = document.createElement('div');
    editor.innerHTML = '<p>left as it was</p>';
    document.body.append(editor);
    expect(await composerShows(editor, 'something else')).toBe(false);
  }, 5_000);

  it('replaces the whole text of a text field', async () => {
    const field = document.createElement('textarea');
    field.value = 'token ghp_x';
    document.body.append(field);
    field.addEventListener('paste', (event) => {
      event.preventDefault();
      field.value = event.clipboardData?.getData('text/plain') ?? '';
    });
    expect(await replaceComposerText(document, field, 'token [GITHUB_TOKEN]')).toBe(true);
    expect(field.value).toBe('token [GITHUB_TOKEN]');
  });
});
