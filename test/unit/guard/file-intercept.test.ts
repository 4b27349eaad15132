// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFileInterceptor, type FileGuard } from '../../../utils/guard/file-intercept';
import { dropDestination, filledFileInput, hold } from '../../../utils/guard/page-events';

function setup() {
  const checked: { names: string[]; kind: string }[] = [];
  const guard: FileGuard = {
    judgeFiles: async (files, kind) => void checked.push({ names: files.map((file) => file.name), kind }),
  };
  const interceptor = createFileInterceptor({ notify: vi.fn(), filledFileInput, hold, dropDestination } as unknown as Parameters<typeof createFileInterceptor>[0], new Set(), async () => guard);
  return { interceptor, checked };
}

/** An event on `target` as a listener at window level gets it, with its default and propagation watched. */
function eventOn<T extends Event>(event: T, target: EventTarget): T {
  Object.defineProperty(event, 'composedPath', { value: () => [target] });
  vi.spyOn(event as Event, 'preventDefault');
  vi.spyOn(event as Event, 'stopImmediatePropagation');
  return event;
}

function fileInput(names: string[]): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  Object.defineProperty(input, 'files', { value: names.map((name) => new File(['x'], name)), configurable: true });
  document.body.append(input);
  return input;
}

/** A clipboard holding `text` and `files`, as much of DataTransfer as the interceptor reads. */
function clipboard(text: string, files: File[]): DataTransfer {
  return { getData: (type: string) => (type === 'text/plain' ? text : ''), files } as unknown as DataTransfer;
}

describe('file interceptor', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it("holds a file input's input event and judges its files once, on change", async () => {
    const { interceptor, checked } = setup();
    const input = fileInput(['notes.txt']);
    const inputEvent = eventOn(new Event('input', { bubbles: true }), input);
    interceptor.onInputOrChange(inputEvent);
    expect(inputEvent.stopImmediatePropagation).toHaveBeenCalled();
    expect(checked).toEqual([]);
    interceptor.onInputOrChange(eventOn(new Event('change', { bubbles: true }), input));
    await vi.waitFor(() => expect(checked).toEqual([{ names: ['notes.txt'], kind: 'upload' }]));
  });

  it("holds a file input's input event that comes as an InputEvent saying no edit", () => {
    const { interceptor } = setup();
    const input = fileInput(['notes.txt']);
    const inputEvent = eventOn(new InputEvent('input', { bubbles: true }), input);
    interceptor.onInputOrChange(inputEvent);
    expect(inputEvent.stopImmediatePropagation).toHaveBeenCalled();
  });

  it('lets typing through untouched: text fields fire InputEvents', () => {
    const { interceptor, checked } = setup();
    const field = document.createElement('textarea');
    document.body.append(field);
    const typed = eventOn(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }), field);
    interceptor.onInputOrChange(typed);
    expect(typed.preventDefault).not.toHaveBeenCalled();
    expect(typed.stopImmediatePropagation).not.toHaveBeenCalled();
    expect(checked).toEqual([]);
  });

  it('leaves a paste of text to the paste guard, and holds one of files alone as an upload', async () => {
    const { interceptor, checked } = setup();
    const field = document.createElement('textarea');
    const image = new File(['png'], 'image.png');
    const text = eventOn(new Event('paste'), field) as ClipboardEvent;
    Object.defineProperty(text, 'clipboardData', { value: clipboard('hello', []) });
    expect(interceptor.onPaste(text)).toBe(false);
    const both = eventOn(new Event('paste'), field) as ClipboardEvent;
    Object.defineProperty(both, 'clipboardData', { value: clipboard('caption', [image]) });
    expect(interceptor.onPaste(both)).toBe(false);
    const files = eventOn(new Event('paste'), field) as ClipboardEvent;
    Object.defineProperty(files, 'clipboardData', { value: clipboard('', [image]) });
    expect(interceptor.onPaste(files)).toBe(true);
    expect(files.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(checked).toEqual([{ names: ['image.png'], kind: 'upload' }]));
  });
});
