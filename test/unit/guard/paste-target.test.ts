// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { capturePasteTarget, notePasteKey } from '../../../utils/guard/paste-target';

function editable(): HTMLElement {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.textContent = 'Hello there';
  document.body.append(element);
  return element;
}

describe('where a paste was aimed', () => {
  it('is the focused element when the page leaves the focus alone', () => {
    const composer = editable();
    composer.focus();
    notePasteKey(document);
    expect(capturePasteTarget(document)?.element).toBe(composer);
  });

  it('is where the caret was at the paste key when the page then moved the focus into a helper (a paste bin), which loses it', () => {
    const composer = editable();
    composer.focus();
    const caret = document.createRange();
    caret.setStart(composer.firstChild!, 5);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(caret);
    notePasteKey(document);
    const bin = editable();
    bin.focus();
    document.getSelection()!.selectAllChildren(bin);
    const target = capturePasteTarget(document);
    expect(target?.element).toBe(composer);
    expect(target?.range?.startOffset).toBe(5);
    expect(document.activeElement).toBe(composer);
    expect(document.getSelection()!.getRangeAt(0).startContainer).toBe(composer.firstChild);
  });

  it('forgets the paste key once its task is over (a later paste from the menu is aimed where the focus is)', async () => {
    const composer = editable();
    composer.focus();
    notePasteKey(document);
    await new Promise((resolve) => setTimeout(resolve));
    const other = editable();
    other.focus();
    expect(capturePasteTarget(document)?.element).toBe(other);
  });
});
