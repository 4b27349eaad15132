import { useEffect, useMemo, useState } from 'preact/hooks';
import { downloadBlob } from '../../utils/download';
import type { ParsedExport } from '../../utils/log/import-export';
import { mergeExports } from '../../utils/log/merge-exports';
import { filterRecords, summarize } from '../../utils/log/report-summary';
import { csvBlob, reportCsvName } from '../../utils/report/csv-blob';
import { filterChoices, NO_FILTERS, toReportFilter, type FilterState } from '../../utils/report/filters';
import { formatNumber } from '../../utils/report/format';
import { loadExportFiles, type ExportFile, type LoadProgress, type LoadResult, type RejectedFile } from '../../utils/report/load-files';
import { categoryBreakdown, statusBreakdown } from '../../utils/report/site-usage';
import { useText } from '../../utils/report/text-context';
import { DropZone } from './DropZone';
import { FilterBar } from './FilterBar';
import { HeadlineFigures } from './HeadlineFigures';
import { RejectedFiles } from './RejectedFiles';
import { ReportSummary } from './ReportSummary';

/** How many riskiest events the report lists. */
export const RISK_LIMIT = 50;

/** Props of the report: in the extension, a way to read this browser's own log (the standalone file has none). */
export interface ReportAppProps {
  /** Reads this browser's usage log as a loaded export (see utils/report/local-log.ts). */
  loadLocalLog?: () => Promise<LoadResult>;
  /** Loads this browser's log as soon as the page opens (the popup's "Full log and report" asks for it). */
  openWithLocalLog?: boolean;
}

/**
 * The admins' report page: load many exports (or, in the extension, this browser's own log), filter, read the
 * summary, export the filtered records as CSV.
 */
export function ReportApp({ loadLocalLog, openWithLocalLog = false }: ReportAppProps = {}) {
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
  const statuses = useMemo(() => statusBreakdown(filtered), [filtered]);
  const categories = useMemo(() => categoryBreakdown(filtered), [filtered]);

  function add(result: LoadResult) {
    setExports((earlier) => [...earlier, ...result.loaded]);
    setRejected((earlier) => [...earlier, ...result.rejected]);
    setProgress(undefined);
  }

  async function addFiles(files: readonly ExportFile[]) {
    add(await loadExportFiles(files, setProgress));
  }

  async function addLocalLog(load: () => Promise<LoadResult>) {
    const name = t('reportLocalLogName');
    setProgress({ done: 0, total: 1, current: name });
    add(await load().catch((error: unknown) => ({ loaded: [], rejected: [{ fileName: name, error: `${name}: ${error instanceof Error ? error.message : String(error)}` }] })));
  }

  useEffect(() => {
    if (openWithLocalLog && loadLocalLog) void addLocalLog(loadLocalLog);
  }, []);

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
      <DropZone onFiles={(files) => void addFiles(files)} onLocalLog={loadLocalLog && (() => void addLocalLog(loadLocalLog))} progress={progress} />
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
          <p class="utc-note">{t('reportUtcVisitsNote')}</p>
          <ReportSummary summary={summary} statuses={statuses} categories={categories} />
        </>
      )}
    </main>
  );
}
