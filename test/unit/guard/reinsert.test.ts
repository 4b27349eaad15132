// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EDITOR_TEXT } from '../../../utils/guard/editor-bridge';
import { composerShows, replaceComposerText } from '../../../utils/guard/reinsert';
import { codeEditorHoldingMoreThanItDraws, fieldTakingPastes } from './fake-editors';

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

  it('lets a task pass before saying so, for an editor that takes the paste into its model in a task of its own (Trumbowyg): the send reads that model', async () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.innerHTML = '<p>card 4111 1111 1111 1111 thanks</p>';
    let model = editor.textContent;
    editor.addEventListener('paste', (event) => {
      // The browser's insertion (happy-dom has no execCommand), then the editor's own copy into its model, a task later.
      event.preventDefault();
      editor.innerHTML = `<p>${event.clipboardData?.getData('text/plain') ?? ''}</p>`;
      setTimeout(() => (model = editor.textContent));
    });
    document.body.append(editor);
    expect(await replaceComposerText(document, editor, 'card [CREDIT_CARD] thanks')).toBe(true);
    expect(model).toBe('card [CREDIT_CARD] thanks');
    editor.remove();
  });

  it('says so when the composer never shows the text (the masked message must then not be sent)', async () => {
    const editor = document.createElement('div');
    editor.innerHTML = '<p>left as it was</p>';
    document.body.append(editor);
    expect(await composerShows(editor, 'something else')).toBe(false);
  }, 5_000);

  it('does not mask an editor that stands in for lines it did not draw with an empty block (CodeMirror 6): they would be lost', async () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.innerHTML = '<div style="height: 5000px"></div><div>card 4111 1111 1111 1111</div>';
    // Alone in the page: beside the editors of the tests above, it would be read as one block of a block editor.
    document.body.replaceChildren(editor);
    let pasted = false;
    editor.addEventListener('paste', () => (pasted = true));
    expect(await replaceComposerText(document, editor, '\ncard [CREDIT_CARD]')).toBe(false);
    expect(pasted).toBe(false);
  });

  it('does not mask a code editor that holds more lines than it draws (its input holds them all once selected)', async () => {
    const input = codeEditorHoldingMoreThanItDraws(document);
    let pasted = false;
    input.addEventListener('paste', () => (pasted = true));
    expect(await replaceComposerText(document, input, 'card [CREDIT_CARD]')).toBe(false);
    expect(pasted).toBe(false);
  });

  describe('a code editor whose whole text the editor reader gives', () => {
    /**
     * A code editor drawn by `markup`, whose model starts as `model` and is drawn by `draw`: Select All puts the model's
     * text in its input (as the editors do for copying), a paste replaces the model, and the editor reader answers
     * from the model (the page's world in a browser).
     */
    function fakeCodeEditor(markup: string, initial: string, draw: (root: HTMLElement, model: string) => void): { input: HTMLTextAreaElement; pasted: string[]; model(): string } {
      const root = document.createElement('div');
      root.innerHTML = markup;
      document.body.replaceChildren(root);
      const input = root.querySelector('textarea')!;
      let model = initial;
      input.addEventListener('keydown', (event) => {
        event.preventDefault();
        input.value = model;
      });
      const pasted: string[] = [];
      input.addEventListener('paste', (event) => {
        event.preventDefault();
        model = event.clipboardData!.getData('text/plain');
        pasted.push(model);
        draw(root, model);
      });
      const answer = (event: Event) => (event.composedPath()[0] as Element).setAttribute(EDITOR_TEXT, model);
      document.addEventListener(EDITOR_TEXT, answer, true);
      stop = () => document.removeEventListener(EDITOR_TEXT, answer, true);
      return { input, pasted, model: () => model };
    }
    let stop = () => {};
    afterEach(() => stop());

    /** A CodeMirror 5-like editor: its model holds a line above the one it draws. */
    const codeEditor = () =>
      fakeCodeEditor(
        '<div class="CodeMirror"><textarea></textarea><div class="CodeMirror-code"><pre class="CodeMirror-line">card 4111 1111 1111 1111</pre></div></div>',
        'a line above, not drawn\ncard 4111 1111 1111 1111',
        (root, model) => (root.querySelector('pre')!.textContent = model.split('\n').at(-1)!),
      );

    it('masks it whole: the masked text has every line of the model', async () => {
      const { input, pasted } = codeEditor();
      expect(await replaceComposerText(document, input, 'a line above, not drawn\ncard [CREDIT_CARD]', 'a line above, not drawn\ncard 4111 1111 1111 1111')).toBe(true);
      expect(pasted).toEqual(['a line above, not drawn\ncard [CREDIT_CARD]']);
    });

    it('refuses a masked text of the lines drawn only (read before the reader was there): the others would be lost', async () => {
      const { input, pasted } = codeEditor();
      expect(await replaceComposerText(document, input, 'card [CREDIT_CARD]', 'card 4111 1111 1111 1111')).toBe(false);
      expect(pasted).toEqual([]);
    });

    it('refuses a masked text of the whole text when the editor holds another since (the user typed meanwhile)', async () => {
      const { input, pasted } = codeEditor();
      expect(await replaceComposerText(document, input, 'a line above\ncard [CREDIT_CARD]', 'a line above\ncard 4111 1111 1111 1111')).toBe(false);
      expect(pasted).toEqual([]);
    });

    it('refuses to mask a Monaco editor over a text read from the lines it drew, as many as its lines but not them (a long line drawn in two pieces, a line out of view)', async () => {
      // The model: a line Monaco wraps, a card, and a line below the view. The text read at the send, before the reader
      // was there, is the three pieces drawn: as many lines as the model, none of them but the card's one of its lines.
      const drawn = ["const note = 'a long line ", "that Monaco wraps';", 'card 4111 1111 1111 1111'];
      const { input, pasted, model } = fakeCodeEditor(
        `<div class="monaco-editor"><textarea></textarea>${drawn.map((line, index) => `<div class="view-line" style="top: ${index * 19}px">${line}</div>`).join('')}</div>`,
        "const note = 'a long line that Monaco wraps';\ncard 4111 1111 1111 1111\nbelow the view",
        // Monaco draws the new model (its lines short enough now to fit).
        (root, next) => root.querySelectorAll('.view-line').forEach((line, index) => (line.textContent = next.split('\n')[index] ?? '')),
      );
      const read = drawn.join('\n');
      expect(await replaceComposerText(document, input, read.replace('4111 1111 1111 1111', '[CREDIT_CARD]'), read)).toBe(false);
      expect(pasted).toEqual([]);
      expect(model().split('\n')).toHaveLength(3);
    });
  });

  it('replaces the whole text of a text field', async () => {
    const field = fieldTakingPastes(document, 'token ghp_x');
    expect(await replaceComposerText(document, field, 'token [GITHUB_TOKEN]')).toBe(true);
    expect(field.value).toBe('token [GITHUB_TOKEN]');
  });
});
