// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composerOf, composerText, renderLags, sendButtonOf } from '../../../utils/guard/composer';
import { clipboardText } from '../../../utils/guard/page-events';

/** Gives editables the width a browser lays them out with (happy-dom lays out nothing): none for those styled width 0. */
function laidOut(root: HTMLElement): void {
  for (const element of root.querySelectorAll<HTMLElement>('[contenteditable]')) Object.defineProperty(element, 'offsetWidth', { value: element.style.width === '0px' ? 0 : 600 });
}

function html(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  document.body.append(root);
  return root;
}

describe('composer helpers', () => {
  it.each([
    ['<button aria-label="Send message">→</button>', true],
    ['<button data-testid="send-button"><svg></svg></button>', true],
    ['<button type="submit">Go</button>', true],
    ['<button title="Envoyer le message">➤</button>', true],
    ['<div role="button" aria-label="Submit prompt"></div>', true],
    ['<button aria-label="Attach files">+</button>', false],
    ['<button aria-label="Stop generating">■</button>', false],
    ['<a href="#">Send feedback</a>', false],
    ['<button>Send</button>', true],
    ['<button class="btn"><svg></svg> Envoyer</button>', true],
    ['<button class="send-btn"><svg></svg></button>', true],
    ['<form><textarea></textarea><button><svg></svg></button></form>', true],
    ['<form><textarea></textarea><button type="button">+</button></form>', false],
    ['<button>Send us your feedback about this answer, please</button>', false],
    ['<button class="icon"><svg></svg></button>', false],
  ])('sendButtonOf(%s) finds a send button: %s', (markup, expected) => {
    const root = html(markup);
    const button = root.querySelector('button, [role="button"], a')!;
    expect(sendButtonOf(button.querySelector('svg') ?? button) !== undefined).toBe(expected);
  });

  it("tries the site adapter's selector first: an icon button it names is a send button", () => {
    const root = html('<div class="composer-actions"><button class="icon"><svg></svg></button></div>');
    const svg = root.querySelector('svg')!;
    expect(sendButtonOf(svg)).toBeUndefined();
    expect(sendButtonOf(svg, '.composer-actions > button.icon, #send')).toBe(root.querySelector('button'));
  });

  it('finds the text field an event comes from, and its text', () => {
    const root = html('<textarea>hello</textarea>');
    const textarea = root.querySelector('textarea')!;
    let found: unknown;
    textarea.addEventListener('keydown', (event) => (found = composerOf(event)));
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(found).toBe(textarea);
    expect(composerText(textarea)).toBe('hello');
  });

  it('is nothing for an event outside any editable element', () => {
    const root = html('<p>static</p>');
    let found: unknown = 'unset';
    root.addEventListener('keydown', (event) => (found = composerOf(event)));
    root.querySelector('p')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(found).toBeUndefined();
  });
});

describe('clipboardText', () => {
  const clipboard = (items: Record<string, string>) => ({ types: Object.keys(items), getData: (type: string) => items[type] ?? '' }) as unknown as DataTransfer;

  it('prefers the plain text that editors insert', () => {
    expect(clipboardText(clipboard({ 'text/plain': 'a\tb', 'text/html': '<table><tr><td>a</td><td>b</td></tr></table>' }))).toBe('a\tb');
  });

  it("reads the HTML's text when a source put only HTML on the clipboard, without running it", () => {
    const html = '<p>IBAN <b>FR76 3000 6000 0112 3456 7890 189</b></p><script>window.ran = true</script><img src="x" onerror="window.ran = true">';
    expect(clipboardText(clipboard({ 'text/html': html }))).toContain('IBAN FR76 3000 6000 0112 3456 7890 189');
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });

  it('is empty for a clipboard with neither', () => {
    expect(clipboardText(clipboard({}))).toBe('');
    expect(clipboardText(null)).toBe('');
  });

  it("reads a code editor's rendered lines, not the line or two its hidden textarea holds (Ace)", () => {
    const root = html(
      '<div class="ace_editor"><textarea class="ace_text-input">third\n\n</textarea><div class="ace_text-layer">' +
        '<div class="ace_line_group" style="top: 14px"><div class="ace_line">card 4111 1111</div><div class="ace_line"> 1111 1111</div></div>' +
        '<div class="ace_line_group" style="top: 0px"><div class="ace_line">first</div></div>' +
        '<div class="ace_line_group" style="top: 28px"><div class="ace_line">third</div></div></div></div>',
    );
    const textarea = root.querySelector('textarea')!;
    // In screen order (the editor reuses line elements), wrapped rows joined back.
    expect(composerText(textarea)).toBe('first\ncard 4111 1111 1111 1111\nthird');
    expect(renderLags(textarea)).toBe(false);
    textarea.value = 'third line\n\n';
    expect(renderLags(textarea)).toBe(true);
  });

  it("reads CodeMirror 5's rendered lines, not the copy of a line it keeps to measure text", () => {
    const root = html(
      '<div class="CodeMirror"><div><textarea></textarea></div><div class="CodeMirror-lines"><div>' +
        '<div class="CodeMirror-measure"><pre class="CodeMirror-line"><span>an earlier line</span></pre></div>' +
        '<div class="CodeMirror-code"><pre class="CodeMirror-line"><span>card 4111</span></pre><pre class="CodeMirror-line"><span>thanks</span></pre></div>' +
        '</div></div></div>',
    );
    expect(composerText(root.querySelector('textarea')!)).toBe('card 4111\nthanks');
  });

  it("reads Monaco's view lines from its EditContext element, non-breaking spaces as spaces", () => {
    const root = html('<div class="monaco-editor"><div class="native-edit-context" tabindex="0"></div><div class="view-lines"><div class="view-line" style="top:0px"><span>pay\u00a0now</span></div><div class="view-line" style="top:19px"><span>card\u00a04111</span></div></div></div>');
    const input = root.querySelector<HTMLElement>('.native-edit-context')!;
    Object.assign(input, { editContext: { text: 'card 4111' } });
    let found: unknown;
    input.addEventListener('keydown', (event) => (found = composerOf(event)));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(found).toBe(input);
    expect(composerText(input)).toBe('pay now\ncard 4111');
    expect(renderLags(input)).toBe(false);
  });

  it('reads every block of a block editor (one editable root per paragraph), in order', () => {
    const root = html(
      '<div class="redactor">' +
        ['card 4111', 'second', 'third'].map((text) => `<div class="block"><div class="content"><div contenteditable="true">${text}</div></div></div>`).join('') +
        '</div><div contenteditable="true">elsewhere on the page</div>',
    );
    laidOut(root);
    const [, second] = root.querySelectorAll<HTMLElement>('.redactor [contenteditable]');
    expect(composerText(second)).toBe('card 4111\nsecond\nthird');
  });

  it("leaves out an editable beside the editor's own that takes no room on the page (Froala's paste bin, which keeps the last paste)", () => {
    const root = html(
      '<div class="fr-box"><div class="fr-wrapper"><div class="fr-element" contenteditable="true"><p>card [CREDIT_CARD] thanks</p></div>' +
        '<div contenteditable="true" style="position: fixed; left: -9999px; width: 0">card 4111 1111 1111 1111</div></div></div>',
    );
    laidOut(root);
    expect(composerText(root.querySelector<HTMLElement>('.fr-element')!)).toBe('card [CREDIT_CARD] thanks');
  });

  it("reads a rich editor's no-break spaces as the plain spaces its model holds (Trix leaves one after a typed word), and a text field's as they are", () => {
    const root = html('<div><div><div contenteditable="true"><div>card\u00a04111\u00a0 thanks</div></div></div></div><textarea>a\u00a0b</textarea>');
    expect(composerText(root.querySelector<HTMLElement>('[contenteditable]')!)).toBe('card 4111  thanks');
    expect(composerText(root.querySelector('textarea')!)).toBe('a\u00a0b');
  });

  it('keeps a lone editable root to itself', () => {
    const root = html('<div><div><div contenteditable="true"><p>one</p><p>two</p></div></div></div><div contenteditable="true">other</div>');
    expect(composerText(root.querySelector<HTMLElement>('[contenteditable]')!)).toBe('one\ntwo');
  });
});
