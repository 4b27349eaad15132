// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { relistenAfterDocumentOpen } from '../../../utils/guard/document-open';

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function rewrite(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

describe('a frame whose document is written again (TinyMCE in Firefox), which drops its listeners', () => {
  it('has its listeners added again after each document.open() and write(), not on other changes', async () => {
    const listen = vi.fn();
    relistenAfterDocumentOpen(document, listen);

    rewrite('<!DOCTYPE html><html><body contenteditable="true"><p>Ask anything</p></body></html>');
    await settled();
    expect(listen).toHaveBeenCalled();

    // The page's own edits below the root are not watched.
    listen.mockClear();
    document.body.append(document.createElement('p'));
    await settled();
    expect(listen).not.toHaveBeenCalled();

    // Every rewrite drops the listeners again: they are added again each time.
    rewrite('<!DOCTYPE html><html><body></body></html>');
    await settled();
    expect(listen).toHaveBeenCalled();
  });
});
