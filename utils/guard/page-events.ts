import type { FileDestination } from './file-intercept';

/**
 * What the guards read from and do to a page's events, shared by the early guard (early.ts), which holds
 * content back before the guard runs, and the guard's own handlers.
 */

/** Stops an event before the page sees it: no default action, and no page listener (editors handle paste, drop and Enter themselves). */
export function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * The text of a clipboard: its plain text, or when a source put only HTML on it, the HTML's text (office
 * documents and spreadsheets put both; the plain text is what editors insert).
 */
export function clipboardText(data: DataTransfer | null): string {
  const plain = data?.getData('text/plain') ?? '';
  if (plain || !data?.types?.includes('text/html')) return plain;
  // DOMParser builds an inert document: no script runs and nothing loads.
  return new DOMParser().parseFromString(data.getData('text/html'), 'text/html').body?.textContent ?? '';
}

/**
 * The file input an input or change event comes from, when the user just filled it. Checked by tag name: an
 * element of a same-origin editing frame is not an instance of this window's classes.
 */
export function filledFileInput(target: EventTarget | undefined): HTMLInputElement | undefined {
  const input = target as HTMLInputElement | undefined;
  return input?.tagName === 'INPUT' && input.type === 'file' && (input.files?.length ?? 0) > 0 ? input : undefined;
}

/** Where dropped files were going: the element and the point they were dropped on (the file guard drops them there again). */
export function dropDestination(event: DragEvent): FileDestination {
  const { clientX, clientY, screenX, screenY } = event;
  return { drop: event.composedPath()[0], at: { clientX, clientY, screenX, screenY } };
}
