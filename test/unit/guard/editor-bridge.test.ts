// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EDITOR_TEXT, sentText } from '../../../utils/guard/editor-bridge';
import { editorModelText, installEditorReader } from '../../../utils/guard/editor-reader';

/** An Ace-like editor box: a hidden textarea (the composer) and the lines it drew, each at its offset. */
function aceBox(drawn: string[], editor?: object): { box: HTMLElement; composer: HTMLTextAreaElement } {
  const box = document.createElement('div');
  box.className = 'ace_editor';
  box.innerHTML = `<textarea></textarea>${drawn.map((line, index) => `<div class="ace_line_group" style="top: ${index * 16}px">${line}</div>`).join('')}`;
  if (editor) Object.assign(box, { env: { editor } });
  document.body.append(box);
  return { box, composer: box.querySelector('textarea')! };
}

/** An Ace editor object whose document holds `lines`. */
const ace = (lines: string[]) => ({ getSession: () => ({ getDocument: () => ({ getAllLines: () => lines }) }) });

const WHOLE = ['card 4111 1111 1111 1111', 'line 2', 'line 3', 'line 4'];
const listeners: [string, EventListener][] = [];

/** Answers the guard's request in this document as a page script could (the reader's channel is the page's too). */
function answerWith(text: string): void {
  const listener = (event: Event) => (event.composedPath()[0] as Element).setAttribute(EDITOR_TEXT, text);
  document.addEventListener(EDITOR_TEXT, listener, true);
  listeners.push([EDITOR_TEXT, listener]);
}

afterEach(() => {
  for (const [type, listener] of listeners.splice(0)) document.removeEventListener(type, listener, true);
  document.body.replaceChildren();
});

describe('sentText (the guard side of the bridge)', () => {
  it('without the reader, reads the lines drawn, as before', () => {
    const { composer } = aceBox(['line 3', 'line 4'], ace(WHOLE));
    expect(sentText(composer)).toBe('line 3\nline 4');
  });

  // Every line of these is a character or less, which the check of an answer lets pass: with no answer, the text
  // read is still the composer's (it was null, and the guard's handler threw on an empty Enter or a reply "y").
  it.each([[''], ['y'], ['1\n2']])('without an answer, reads a composer whose lines are a character or less (%j)', (value) => {
    const composer = document.createElement('textarea');
    composer.value = value;
    document.body.append(composer);
    expect(sentText(composer)).toBe(value);
  });

  it("with the reader, reads the editor's whole text, lines not drawn included", () => {
    installEditorReader(window);
    const { composer } = aceBox(['line 3', 'line 4'], ace(WHOLE));
    expect(sentText(composer)).toBe(WHOLE.join('\n'));
  });

  it('takes the whole text of tab-indented code, which the editor draws with spaces', () => {
    installEditorReader(window);
    const model = ['card 4111 1111 1111 1111', 'function f() {', '\treturn 1;', '}'];
    const { composer } = aceBox(['    return 1;', '}'], ace(model));
    expect(sentText(composer)).toBe(model.join('\n'));
  });

  it('falls back to the lines drawn when the reader finds no editor object, or the editor throws', () => {
    installEditorReader(window);
    expect(sentText(aceBox(['line 3']).composer)).toBe('line 3');
    const broken = { getSession: () => { throw new Error('another Ace version'); } };
    expect(sentText(aceBox(['line 3'], broken).composer)).toBe('line 3');
  });

  it.each([
    ['a number', 42],
    ['an object', { toString: () => WHOLE.join('\n') }],
    ['null', null],
  ])('gives no answer when the editor model returns something other than a string (%s)', (_name, value) => {
    installEditorReader(window);
    const odd = { getSession: () => ({ getDocument: () => ({ getAllLines: () => ({ join: () => value }) }) }) };
    const { composer } = aceBox(['line 3', 'line 4'], odd);
    expect(sentText(composer)).toBe('line 3\nline 4');
    expect(composer.hasAttribute(EDITOR_TEXT)).toBe(false);
  });

  it('takes the answer off the composer at once, and an attribute the page left there counts only as an answer would', () => {
    installEditorReader(window);
    const { composer } = aceBox(['line 3', 'line 4'], ace(WHOLE));
    expect(sentText(composer)).toBe(WHOLE.join('\n'));
    expect(composer.hasAttribute(EDITOR_TEXT)).toBe(false);
    const bare = aceBox(['card 4111 1111 1111 1111']).composer;
    bare.setAttribute(EDITOR_TEXT, 'all clean');
    expect(sentText(bare)).toBe('card 4111 1111 1111 1111');
    expect(bare.hasAttribute(EDITOR_TEXT)).toBe(false);
  });

  it('installs one listener however often it is injected (the guard asks on each focus in a code editor)', () => {
    installEditorReader(window);
    installEditorReader(window);
    let answers = 0;
    const { composer } = aceBox(['line 4'], ace(WHOLE));
    const setAttribute = composer.setAttribute.bind(composer);
    composer.setAttribute = (name: string, value: string) => void ((answers += 1), setAttribute(name, value));
    expect(sentText(composer)).toBe(WHOLE.join('\n'));
    expect(answers).toBe(1);
  });

  it('ignores an answer that lacks a line drawn: the page cannot make the guard read less than it sees', () => {
    answerWith('line 3\nall clean here');
    expect(sentText(aceBox(['card 4111 1111 1111 1111', 'line 3']).composer)).toBe('card 4111 1111 1111 1111\nline 3');
  });

  it('takes a line Monaco drew in pieces, and an empty line CodeMirror 5 drew as a zero-width space', () => {
    answerWith('a long line that wraps\n\nlast');
    expect(sentText(aceBox(['a long line ', 'that wraps', '\u200b', 'last']).composer)).toBe('a long line that wraps\n\nlast');
  });

  it('reads a composer that is not a code editor as before, whatever the page answers but for a superset of its text', () => {
    answerWith('hello, and more');
    const field = document.createElement('textarea');
    field.value = 'hello';
    document.body.append(field);
    expect(sentText(field)).toBe('hello, and more');
    field.value = 'card 4111 1111 1111 1111';
    expect(sentText(field)).toBe('card 4111 1111 1111 1111');
  });
});

describe("editorModelText (the reader, in the page's world)", () => {
  const element = (className: string, props: object = {}, inner = '') => {
    const box = Object.assign(document.createElement('div'), props);
    box.className = className;
    box.innerHTML = inner;
    document.body.append(box);
    return box;
  };
  const view = { state: { doc: { toString: () => 'cm6 text' } } };

  it.each([
    ['CodeMirror 6 (6.38 and later: the content tile)', () => { const box = element('cm-editor', {}, '<div class="cm-content"></div>'); Object.assign(box.firstElementChild!, { cmTile: { root: { view } } }); return box.firstElementChild!; }, 'cm6 text'],
    ['CodeMirror 6 (before 6.38: the content view)', () => { const box = element('cm-editor', {}, '<div class="cm-content"></div>'); Object.assign(box.firstElementChild!, { cmView: { rootView: { view } } }); return box.firstElementChild!; }, 'cm6 text'],
    ['CodeMirror 5', () => element('CodeMirror', { CodeMirror: { getValue: (separator: string) => ['a', 'b'].join(separator) } }, '<textarea></textarea>').firstElementChild!, 'a\nb'],
    ['Ace', () => element('ace_editor', { env: { editor: ace(['x', 'y']) } }, '<textarea></textarea>').firstElementChild!, 'x\ny'],
    ['no editor around', () => element('plain', {}, '<textarea></textarea>').firstElementChild!, undefined],
    ['a CodeMirror 6 box without its view', () => element('cm-editor', {}, '<div class="cm-content"></div>').firstElementChild!, undefined],
  ])('%s', (_name, make, expected) => {
    expect(editorModelText(make(), window as never)).toBe(expected);
  });

  it("Monaco: through the page's monaco global, the editor whose node the element is in; nothing without the global", () => {
    const box = element('monaco-editor', {}, '<div class="native-edit-context"></div>');
    const other = { getDomNode: () => document.createElement('div'), getModel: () => ({ getValue: () => 'other' }) };
    const ours = { getDomNode: () => box, getModel: () => ({ getValue: (eol: number) => (eol === 1 ? 'monaco text' : 'crlf') }) };
    const target = box.firstElementChild!;
    expect(editorModelText(target, { monaco: { editor: { getEditors: () => [other, ours] } } })).toBe('monaco text');
    expect(editorModelText(target, {})).toBeUndefined();
  });
});
