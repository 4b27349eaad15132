// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { capturePasteTarget, noteLeaving, notePasteKey, type PasteKey } from '../../../utils/guard/paste-target';

function editable(): HTMLElement {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.textContent = 'Hello there';
  document.body.append(element);
  return element;
}

describe('where a paste was aimed', () => {
  // The early guard's listeners, in the capture phase at window level (early.ts): the page's scripts come after them.
  let key: PasteKey;
  const onKeyDown = (event: Event) => notePasteKey(key, event as KeyboardEvent);
  const onBlur = (event: Event) => noteLeaving(key, event, window);
  const pasteKey = (init: KeyboardEventInit = { ctrlKey: true }) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'v', bubbles: true, ...init }));
  beforeEach(() => {
    key = { at: -1e9 };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('blur', onBlur, true);
  });
  afterEach(() => {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('blur', onBlur, true);
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('is the focused element when the page leaves the focus alone', () => {
    const composer = editable();
    composer.focus();
    pasteKey();
    expect(capturePasteTarget(document, key)?.element).toBe(composer);
  });

  it('is where the caret was at the paste key when the page then moved the focus into a helper (a paste bin), which loses it', () => {
    const composer = editable();
    composer.focus();
    const caret = document.createRange();
    caret.setStart(composer.firstChild!, 5);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(caret);
    const bin = editable();
    // The page's keydown listener moves the focus into its paste bin and selects it.
    composer.addEventListener('keydown', () => {
      bin.focus();
      document.getSelection()!.selectAllChildren(bin);
    });
    pasteKey({ metaKey: true });
    const target = capturePasteTarget(document, key);
    expect(target?.element).toBe(composer);
    expect(target?.range?.startOffset).toBe(5);
    expect(document.activeElement).toBe(composer);
    expect(document.getSelection()!.getRangeAt(0).startContainer).toBe(composer.firstChild);
  });

  it('takes only the focus left since the last paste key, and only right after it (a paste from the menu, later, is aimed where the focus is)', () => {
    const composer = editable();
    composer.focus();
    const other = editable();
    other.focus(); // Left before any paste key.
    pasteKey({ ctrlKey: false }); // A plain v.
    expect(capturePasteTarget(document, key)?.element).toBe(other);
    // A paste key the page swallowed (no paste came), the focus moved at once, and a paste from the menu much later.
    pasteKey();
    const later = editable();
    later.focus();
    expect(capturePasteTarget(document, key)?.element).toBe(other);
    const now = performance.now();
    vi.spyOn(performance, 'now').mockReturnValue(now + 5_000);
    later.focus();
    expect(capturePasteTarget(document, key)?.element).toBe(later);
  });

  it('reads no caret on a blur that is not right after a paste key', () => {
    const composer = editable();
    composer.focus();
    editable().focus();
    expect(key.left).toBeUndefined();
    pasteKey();
    composer.focus();
    expect(key.left?.element).not.toBeUndefined();
  });
});
