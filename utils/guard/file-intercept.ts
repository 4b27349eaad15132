import type { Acknowledged, GuardDeps } from './intervene';

/** The global under which the lazily injected file guard (entrypoints/file-guard.ts) registers. */
export const FILE_GUARD_GLOBAL = '__vigieFileGuard';

/** What the injected file guard offers. */
export interface FileGuard {
  checkFiles(files: readonly File[], kind: 'upload' | 'drop', deliver: (files: File[]) => void, deps: GuardDeps, acknowledged?: Acknowledged): Promise<void>;
}

function fileInputOf(event: Event): HTMLInputElement | undefined {
  const target = event.composedPath()[0];
  return target instanceof HTMLInputElement && target.type === 'file' && (target.files?.length ?? 0) > 0 ? target : undefined;
}

function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function asFileList(files: File[]): FileList {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data.files;
}

/**
 * The synchronous part of the file guard, in the content script: holds files back before the page sees
 * them (file inputs fire `input` then `change`; drops carry files), then hands them to the file guard,
 * injected on first use, which reads and judges them and delivers them again if they may go.
 */
export function createFileInterceptor(deps: GuardDeps, acknowledged: Acknowledged, load: () => Promise<FileGuard>): { onInputOrChange(event: Event): void; onDrop(event: DragEvent): void; onPaste(event: ClipboardEvent): void } {
  let replaying = false;
  const replay = (action: () => void) => {
    replaying = true;
    try {
      action();
    } finally {
      replaying = false;
    }
  };
  const judge = (files: File[], kind: 'upload' | 'drop', deliver: (files: File[]) => void) =>
    load()
      .then((guard) => guard.checkFiles(files, kind, deliver, deps, acknowledged))
      .catch((error: unknown) => {
        console.error('Vigie: file check failed', error);
        // The fail mode decides, as for every other check.
        if (deps.policyState().policy.failMode === 'open') deliver(files);
        else deps.notify({ action: 'error', kind, findings: [] });
      });

  return {
    onInputOrChange(event) {
      const input = fileInputOf(event);
      if (replaying || !input) return;
      hold(event);
      // The `input` event comes first: hold it, and judge the files once, on `change`.
      if (event.type !== 'change') return;
      const files = [...input.files!];
      input.value = ''; // The page cannot read the files from the input while they are judged.
      void judge(files, 'upload', (allowed) =>
        replay(() => {
          if (allowed.length === 0) return;
          input.files = asFileList(allowed);
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }),
      );
    },
    onPaste(event) {
      // Pasted files (a screenshot, a file copied in a file manager) with no text reach the site as
      // attachments: they are judged as an upload.
      const data = event.clipboardData;
      const files = data ? [...data.files] : [];
      if (replaying || files.length === 0 || data!.getData('text/plain')) return;
      hold(event);
      const target = event.composedPath()[0] as EventTarget;
      void judge(files, 'upload', (allowed) =>
        replay(() => {
          if (allowed.length === 0) return;
          const clipboardData = new DataTransfer();
          for (const file of allowed) clipboardData.items.add(file);
          target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true }));
        }),
      );
    },
    onDrop(event) {
      const files = event.dataTransfer ? [...event.dataTransfer.files] : [];
      if (replaying || files.length === 0) return;
      hold(event);
      const target = event.composedPath()[0] as EventTarget;
      const { clientX, clientY, screenX, screenY } = event;
      void judge(files, 'drop', (allowed) =>
        replay(() => {
          if (allowed.length === 0) return;
          const data = new DataTransfer();
          for (const file of allowed) data.items.add(file);
          target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true, clientX, clientY, screenX, screenY }));
        }),
      );
    },
  };
}
