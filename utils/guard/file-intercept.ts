import type { Acknowledged, GuardDeps } from './intervene';
import type { ScriptGlobal } from './lazy-global';
import type { dropDestination, filledFileInput, hold } from './page-events';

/** The global under which the lazily injected file guard (entrypoints/file-guard.ts) registers. */
export const FILE_GUARD_GLOBAL: ScriptGlobal<'file-guard'> = '__vigie:file-guard';

/** Where held files go when they may: back into their file input, or pasted or dropped again on their target. */
export type FileDestination = { input: HTMLInputElement } | { paste: EventTarget } | { drop: EventTarget; at: Pick<DragEventInit, 'clientX' | 'clientY' | 'screenX' | 'screenY'> };

/** What the injected file guard offers. */
export interface FileGuard {
  /**
   * Judges files held back on their way to `destination` (utils/guard/file-guard.ts), and hands those that may go to
   * the page as the held event would have, inside `replay` (Vigie's own events, which the listeners here let by). The
   * file guard delivers them itself: the content script does not carry that code (22 bytes gzipped).
   */
  judgeFiles(files: readonly File[], kind: 'upload' | 'drop', destination: FileDestination, replay: (deliver: () => void) => void, deps: GuardDeps, acknowledged: Acknowledged): Promise<void>;
}


/**
 * The synchronous part of the file guard, in the content script: holds files back before the page sees
 * them (file inputs fire `input` then `change`; drops carry files), then hands them to the file guard,
 * injected on first use, which reads and judges them and delivers them again if they may go. If the file
 * guard cannot be loaded (the extension was updated or removed meanwhile), the files stay held and the user
 * is told: nothing is left to judge them.
 */
export function createFileInterceptor(
  /**
   * filledFileInput: the file input an event comes from, hold: stops an event before the page sees it, dropDestination:
   * where dropped files were going (page-events.ts); the guard passes the early guard's (early.ts).
   */
  deps: GuardDeps & { filledFileInput: typeof filledFileInput; hold: typeof hold; dropDestination: typeof dropDestination },
  acknowledged: Acknowledged,
  load: () => Promise<FileGuard>,
): {
  onInputOrChange(event: Event): void;
  /** Returns true when the drop carried files (and was held for them). */
  onDrop(event: DragEvent): boolean;
  /** Returns true when the paste carried only files (and was held for them). */
  onPaste(event: ClipboardEvent): boolean;
  /** Judges files the early guard held back before the guard started (early.ts). */
  judgeHeld(files: File[], kind: 'upload' | 'drop', destination: FileDestination): Promise<void>;
} {
  let replaying = false;
  const replay = (action: () => void) => {
    replaying = true;
    try {
      action();
    } finally {
      replaying = false;
    }
  };
  const judge = (files: File[], kind: 'upload' | 'drop', destination: FileDestination) =>
    load()
      .then((guard) => guard.judgeFiles(files, kind, destination, replay, deps, acknowledged))
      .catch((error: unknown) => {
        console.error('Vigie: file check failed', error);
        deps.notify({ action: 'error', kind, findings: [] });
      });

  return {
    onInputOrChange(event) {
      // Typing, and text pasted into a field, fire InputEvents that say what the edit was; a file input's event says
      // nothing of the kind (a plain Event), so these go without reading the event's composed path.
      if ((event as InputEvent).inputType) return;
      const input = deps.filledFileInput(event.composedPath()[0]);
      if (replaying || !input) return;
      deps.hold(event);
      // The `input` event comes first: hold it, and judge the files once, on `change`.
      if (event.type !== 'change') return;
      const files = [...input.files!];
      input.value = ''; // The page cannot read the files from the input while they are judged.
      void judge(files, 'upload', { input });
    },
    onPaste(event) {
      // Pasted files (a screenshot, a file copied in a file manager) with no text reach the site as
      // attachments: they are judged as an upload.
      // Counted before being copied: nearly every paste carries none.
      const files = event.clipboardData?.files;
      if (replaying || !files?.length || event.clipboardData!.getData('text/plain')) return false;
      deps.hold(event);
      void judge([...files], 'upload', { paste: event.composedPath()[0] });
      return true;
    },
    onDrop(event) {
      const files = event.dataTransfer?.files;
      if (replaying || !files?.length) return false;
      deps.hold(event);
      void judge([...files], 'drop', deps.dropDestination(event));
      return true;
    },
    judgeHeld: judge,
  };
}
