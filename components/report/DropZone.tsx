import { useEffect, useState } from 'preact/hooks';
import type { LoadProgress } from '../../utils/report/load-files';
import { formatNumber } from '../../utils/report/format';
import { useText } from '../../utils/report/text-context';

/** Props of the drop zone: what to do with the chosen files (and, in the extension, this browser's log), and the load in progress if any. */
export interface DropZoneProps {
  onFiles(files: File[]): void;
  /** Loads this browser's own log; without it (the standalone file) there is no such button. */
  onLocalLog?(): void;
  progress?: LoadProgress;
}

/** The drop zone and file input for JSON and NDJSON exports (several at once), with the load's progress. */
export function DropZone({ onFiles, onLocalLog, progress }: DropZoneProps) {
  const text = useText();
  const { t } = text;
  const [over, setOver] = useState(false);
  const busy = progress !== undefined && progress.done < progress.total;

  useEffect(() => {
    // A file dropped beside the zone would make the browser open it in place of the report, losing what is loaded.
    const block = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);

  return (
    <section
      class={`drop-zone${over ? ' over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length > 0 && !busy) onFiles(files);
      }}
    >
      <p class="drop-hint">{t('reportDropHint')}</p>
      <label class="file-button">
        {t('reportChooseFiles')}
        <input
          type="file"
          multiple
          accept=".json,.ndjson,application/json,application/x-ndjson"
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            // Clearing the input lets the same file be chosen again (to see it counted once).
            input.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </label>
      {onLocalLog && (
        <button type="button" class="local-log" data-action="load-local" disabled={busy} onClick={onLocalLog}>
          {t('reportLoadLocalLog')}
        </button>
      )}
      <p class="privacy">{t('reportPrivacy')}</p>
      {busy && (
        <div class="progress" role="status" data-testid="load-progress">
          <progress max={progress.total} value={progress.done} />
          <span>{t('reportLoading', [formatNumber(text, progress.done + 1), formatNumber(text, progress.total), progress.current ?? ''])}</span>
        </div>
      )}
    </section>
  );
}
