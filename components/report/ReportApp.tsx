import { useMemo, useState } from 'preact/hooks';
import { downloadBlob } from '../../utils/download';
import type { ParsedExport } from '../../utils/log/import-export';
import { mergeExports } from '../../utils/log/merge-exports';
import { filterRecords, summarize } from '../../utils/log/report-summary';
import { csvBlob, reportCsvName } from '../../utils/report/csv-blob';
import { filterChoices, NO_FILTERS, toReportFilter, type FilterState } from '../../utils/report/filters';
import { formatNumber } from '../../utils/report/format';
import { loadExportFiles, type ExportFile, type LoadProgress, type RejectedFile } from '../../utils/report/load-files';
import { useText } from '../../utils/report/text-context';
import { DropZone } from './DropZone';
import { FilterBar } from './FilterBar';
import { HeadlineFigures } from './HeadlineFigures';
import { RejectedFiles } from './RejectedFiles';
import { ReportSummary } from './ReportSummary';

/** How many riskiest events the report lists. */
export const RISK_LIMIT = 50;

/** The admins' report page: load many exports, filter, read the summary, export the filtered records as CSV. */
export function ReportApp() {
  const text = useText();
  const { t } = text;
  const [exports, setExports] = useState<ParsedExport[]>([]);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [progress, setProgress] = useState<LoadProgress | undefined>();
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [exportError, setExportError] = useState<string | undefined>();

  // Merging, filtering and summarizing are recomputed only when their inputs change; the files are added to
  // the state once a whole batch is read, so 50 files cause one merge, not 50.
  const merged = useMemo(() => mergeExports(exports), [exports]);
  const choices = useMemo(() => filterChoices(merged.records), [merged]);
  const filtered = useMemo(() => filterRecords(merged.records, toReportFilter(filters)), [merged, filters]);
  const summary = useMemo(() => summarize(filtered, { top: RISK_LIMIT }), [filtered]);

  async function addFiles(files: readonly ExportFile[]) {
    const result = await loadExportFiles(files, setProgress);
    setExports((earlier) => [...earlier, ...result.loaded]);
    setRejected((earlier) => [...earlier, ...result.rejected]);
    setProgress(undefined);
  }

  async function exportCsv() {
    setExportError(undefined);
    try {
      downloadBlob(document, reportCsvName(Date.now()), await csvBlob(filtered));
    } catch (error) {
      setExportError(t('reportExportError', error instanceof Error ? error.message : String(error)));
    }
  }

  function clear() {
    setExports([]);
    setRejected([]);
    setFilters(NO_FILTERS);
  }

  return (
    <main class="report">
      <header class="report-header">
        <h1>{t('reportTitle')}</h1>
        <p class="intro">{t('reportIntro')}</p>
      </header>
      <DropZone onFiles={(files) => void addFiles(files)} progress={progress} />
      <RejectedFiles files={rejected} />
      {exports.length === 0 ? (
        <p class="empty" data-testid="no-data">{t('reportNoData')}</p>
      ) : (
        <>
          <div class="toolbar">
            <FilterBar value={filters} choices={choices} onChange={setFilters} />
            <div class="actions">
              <span class="record-count" data-testid="record-count">
                {t('reportRecordCount', [formatNumber(text, filtered.length), formatNumber(text, merged.records.length)])}
              </span>
              <button type="button" data-export="csv" disabled={filtered.length === 0} onClick={() => void exportCsv()}>
                {t('reportExportCsv')}
              </button>
              <button type="button" class="secondary" data-action="clear" onClick={clear}>
                {t('reportClear')}
              </button>
            </div>
            {exportError && <p role="alert">{exportError}</p>}
          </div>
          <HeadlineFigures summary={summary} files={exports.length} duplicates={merged.duplicates} conflicts={merged.conflicts.length} />
          <p class="utc-note">{t('reportUtcNote')}</p>
          <ReportSummary summary={summary} />
        </>
      )}
    </main>
  );
}
