import { act } from 'preact/test-utils';
import { expect, vi } from 'vitest';

/**
 * Clicks the export button `data-export="<format>"` inside `root` and returns the file a user would have
 * downloaded: its name and text. Waits (at most two seconds) for the download rather than a fixed delay.
 */
export async function downloadVia(root: HTMLElement, format: string): Promise<{ name: string; text: string }> {
  const clicked: HTMLAnchorElement[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  const blobs: Blob[] = [];
  const createUrl = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:fake'));
  try {
    await act(() => root.querySelector<HTMLButtonElement>(`[data-export="${format}"]`)!.click());
    for (let i = 0; i < 100 && clicked.length === 0; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(clicked).toHaveLength(1);
    return { name: clicked[0].download, text: await blobs[0].text() };
  } finally {
    click.mockRestore();
    createUrl.mockRestore();
  }
}
