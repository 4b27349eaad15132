/**
 * `vigie report`: the admins' command over employees' exports. `summary` prints what the exports say (AI
 * sites with their visits and active time, sanctioned versus unsanctioned, categories, people, findings,
 * actions, overrides, riskiest events); `merge` writes the de-duplicated records of
 * all exports as NDJSON (for a SIEM) or CSV (for a spreadsheet). A corrupt file is reported and skipped.
 * Exit status: 0 when every file loaded, 1 when some were rejected (what loaded is still used), 2 on a usage error.
 */
import { csvChunks, mergedNdjsonChunks } from '../log/export-formats';
import { parseExport, type ParsedExport } from '../log/import-export';
import { mergedHeader, mergeExports, type MergeResult } from '../log/merge-exports';
import { userLabel } from '../log/record';
import { filterRecords, summarize, type ReportFilter, type Summary } from '../log/report-summary';
import { categoryBreakdown, rankSites, statusBreakdown, type StatusBreakdown, type UsageRow } from '../report/site-usage';

/** What the command needs from the outside world; stdout and stderr receive text that ends its own lines. */
export interface ReportIo {
  readFile(path: string): Promise<string>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** The current time in milliseconds (the merged header's `mergedAt`); Date.now by default. */
  now?: () => number;
}

/** Usage text of `vigie report`. */
export const REPORT_USAGE = `Usage: vigie report summary [--format text|json] [--top N] [FILTERS] FILE...
       vigie report merge [--format ndjson|csv] [FILTERS] FILE...

Reads employees' usage log exports (JSON or NDJSON, format version 2), checks each one's hash chain, and
counts a record once however many files hold it. A file that fails the checks is reported and skipped.
  summary           a readable summary (or --format json): files, AI sites by people, by events and by
                    active time (with visits, active time and days used), sanctioned versus unsanctioned,
                    categories, findings by type, actions, outcomes, per day, overrides, riskiest events
  merge             the merged records (events, visits, prunings) on standard output: NDJSON (default) or CSV
  --top N           how many riskiest events to list (default 10)
FILTERS
  --org LABEL       records with this organization label
  --site HOST       records on this site or its subdomains
  --type TYPE       records with a finding of this type, or family (secret.*)
  --from DATE       records on or after DATE (YYYY-MM-DD, UTC)
  --to DATE         records on or before DATE (YYYY-MM-DD, UTC)
Exit status: 0 when every file loaded, 1 when some were rejected, 2 on a usage error.`;

interface ReportArgs {
  command: 'summary' | 'merge';
  format: 'text' | 'json' | 'ndjson' | 'csv';
  top: number;
  filter: ReportFilter;
  files: string[];
}

/** Runs `vigie report ...`; `argv` is what follows `report`. Returns the exit status. */
export async function runReportCommand(argv: string[], io: ReportIo): Promise<number> {
  const args = parseReportArgs(argv);
  if ('help' in args) {
    io.stdout(`${REPORT_USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    io.stderr(`vigie report: ${args.error}\n\n${REPORT_USAGE}\n`);
    return 2;
  }
  const loaded: ParsedExport[] = [];
  const rejected: { fileName: string; error: string }[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      rejected.push({ fileName: file, error: `${file}: cannot be read (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    const result = await parseExport(file, text);
    if (result.ok) loaded.push(result);
    else rejected.push(result);
  }
  for (const file of rejected) io.stderr(`vigie report: rejected ${file.error}\n`);
  const merge = mergeExports(loaded);
  const rows = filterRecords(merge.records, args.filter);
  const status = rejected.length > 0 ? 1 : 0;

  if (args.command === 'merge') {
    const chunks = args.format === 'csv' ? csvChunks(rows) : mergedNdjsonChunks(mergedHeader(rows, (io.now ?? Date.now)()), rows);
    for await (const chunk of chunks) io.stdout(chunk);
    return status;
  }
  const summary = summarize(rows, { top: args.top });
  const statuses = statusBreakdown(rows);
  const categories = categoryBreakdown(rows);
  if (args.format === 'json') {
    const files = { loaded: loaded.map((f) => ({ file: f.fileName, installId: f.header.installId, records: f.records.length })), rejected };
    io.stdout(`${JSON.stringify({ files, duplicates: merge.duplicates, conflicts: merge.conflicts, filter: args.filter, summary, statuses, categories }, null, 2)}\n`);
  } else {
    io.stdout(summaryText(loaded, rejected, merge, args.filter, summary, statuses, categories));
  }
  return status;
}

/** Parses the arguments that follow `report`. */
function parseReportArgs(argv: readonly string[]): ReportArgs | { error: string } | { help: true } {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { help: true };
  if (command !== 'summary' && command !== 'merge') return { error: command ? `unknown report command "${command}" (summary or merge)` : 'missing report command (summary or merge)' };
  const args: ReportArgs = { command, format: command === 'merge' ? 'ndjson' : 'text', top: 10, filter: {}, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? rest[++i] ?? '';
    if (flag === '--help') return { help: true };
    if (flag === '--format') {
      const format = value();
      const allowed = command === 'merge' ? ['ndjson', 'csv'] : ['text', 'json'];
      if (!allowed.includes(format)) return { error: `--format for ${command} must be ${allowed.join(' or ')}, not "${format}"` };
      args.format = format as ReportArgs['format'];
    } else if (flag === '--top') {
      const top = Number(value());
      if (!Number.isInteger(top) || top < 0) return { error: '--top must be a non-negative integer' };
      args.top = top;
    } else if (flag === '--org') args.filter.orgLabel = value();
    else if (flag === '--site') args.filter.site = value().toLowerCase();
    else if (flag === '--type') args.filter.type = value();
    else if (flag === '--from' || flag === '--to') {
      const date = value();
      const time = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
      if (!Number.isFinite(time)) return { error: `${flag} must be a date such as 2026-11-22, not "${date}"` };
      // --to names the last day included, so the range ends at the next midnight.
      if (flag === '--from') args.filter.from = time;
      else args.filter.to = time + 86_400_000;
    } else if (flag.startsWith('--')) return { error: `unknown option "${flag}"` };
    else args.files.push(arg);
  }
  if (args.files.length === 0) return { error: 'no export files given' };
  return args;
}

/** The readable summary. */
function summaryText(loaded: ParsedExport[], rejected: { error: string }[], merge: MergeResult, filter: ReportFilter, s: Summary, statuses: StatusBreakdown, categories: UsageRow[]): string {
  const out: string[] = ['Vigie usage report', ''];
  out.push(`Files loaded: ${loaded.length}`);
  for (const f of loaded) {
    const who = userLabel(f.header.identity, f.header.installId);
    const seqs = f.header.firstSeq === null ? 'empty' : `seq ${f.header.firstSeq}-${f.header.lastSeq}`;
    out.push(`  ${f.fileName}: ${f.records.length} records (${seqs}), install ${f.header.installId}, ${who}${f.header.orgLabel ? `, ${f.header.orgLabel}` : ''}, exported ${f.header.exportedAt}`);
  }
  out.push(`Files rejected: ${rejected.length}`);
  for (const f of rejected) out.push(`  ${f.error}`);
  if (merge.duplicates > 0) out.push(`Records found in more than one file, counted once: ${merge.duplicates}`);
  for (const c of merge.conflicts) out.push(`Conflict: record ${c.id} of install ${c.installId.slice(0, 8)} differs between ${c.files[0]} and ${c.files[1]}; the first is kept`);
  const filters = Object.entries(filter).map(([k, v]) => `${k}=${k === 'from' || k === 'to' ? new Date(k === 'to' ? (v as number) - 1 : (v as number)).toISOString().slice(0, 10) : v}`);
  if (filters.length > 0) out.push(`Filters: ${filters.join(', ')}`);
  out.push('');
  out.push(
    `Period: ${s.period ? `${s.period.from} to ${s.period.to}` : 'no records'}; events: ${s.events}; people: ${s.users}; installs: ${s.installs}; ` +
      `visits: ${s.visits}; active time: ${clock(s.activeSeconds)}${s.pruned > 0 ? `; pruned by retention or quota: ${s.pruned}` : ''}`,
  );
  // Exports without visit records (older versions, or a policy that turns visits off) get no empty visit columns.
  const withVisits = s.sitesByUsers.some((x) => x.visits > 0 || x.activeSeconds > 0);
  if (withVisits) {
    out.push('Visits are pages of AI sites shown, active time (h:mm) the time they were visible and focused, days the');
    out.push('days on which each person visited a site, added up; visits are not events.');
  }
  const withStatus = s.sitesByUsers.some((x) => x.siteStatus !== undefined);
  const withCategory = s.sitesByUsers.some((x) => x.siteCategory !== undefined);
  const siteRow = (x: Summary['sitesByUsers'][number]): Cell[] => [
    x.site, x.users, x.events, x.pastes,
    ...(withVisits ? [x.visits, right(clock(x.activeSeconds)), x.visitDays] : []),
    ...(withStatus ? [statusText(x.siteStatus)] : []),
    ...(withCategory ? [x.siteCategory ?? ''] : []),
  ];
  const siteHead = ['site', 'people', 'events', 'pastes', ...(withVisits ? ['visits', 'active', 'days'] : []), ...(withStatus ? ['status'] : []), ...(withCategory ? ['category'] : [])];
  section(out, 'AI sites by people', table(siteHead, s.sitesByUsers.map(siteRow)));
  section(out, 'AI sites by events', table(siteHead, s.sitesByEvents.map(siteRow)));
  if (withVisits) section(out, 'AI sites by active time', table(siteHead, rankSites(s.sitesByUsers, 'activeSeconds').map(siteRow)));
  const usageHead = ['sites', 'people', 'visits', 'active', 'events'];
  const usageCells = (x: UsageRow): Cell[] => [x.sites, x.users, x.visits, right(clock(x.activeSeconds)), x.events];
  section(
    out,
    'Sanctioned versus unsanctioned (unsanctioned: tolerated, blocked or another status; unclassified: no status)',
    table(['status', ...usageHead], statuses.groups.flatMap((g) => [[g.key, ...usageCells(g)], ...g.statuses.map((x) => [`  ${x.key}`, ...usageCells(x)])])),
  );
  section(out, 'AI site categories', table(['category', ...usageHead], categories.map((x) => [x.key, ...usageCells(x)])));
  section(out, 'Findings by type', table(['type', 'events', 'findings'], s.findingTypes.map((x) => [x.type, x.events, x.findings])));
  section(out, 'Actions', table(['action', 'events'], s.actions.map((x) => [x.action, x.events])));
  section(out, 'Outcomes', table(['outcome', 'events'], s.outcomes.map((x) => [x.outcome, x.events])));
  section(out, 'Events and visits per day (events by UTC day, visits by the local day they state)', table(['day', 'events', 'visits'], s.perDay.map((x) => [x.day, x.events, x.visits])));
  section(out, `Overrides (${s.overrides.length})`, s.overrides.map((o) => `  ${eventLine(o)}  reason: ${o.justification === undefined ? '(none given)' : JSON.stringify(o.justification)}`));
  section(out, 'Riskiest events', s.riskiest.map((r) => `  ${eventLine(r)}  ${r.action}/${r.outcome}`));
  return `${out.join('\n')}\n`;
}

/** A site status as the summary prints it: the status, marked when it is not sanctioned. */
function statusText(status: string | undefined): string {
  if (status === undefined) return '';
  return status === 'sanctioned' || status === 'unsanctioned' ? status : `${status} (unsanctioned)`;
}

/** A duration in seconds as h:mm (45 minutes: 0:45). */
function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function eventLine(e: { time: number; site: string; user: string; ruleId?: string; findings: { type: string; count: number }[] }): string {
  const time = new Date(e.time).toISOString().replace(/:\d\d\.\d{3}Z$/, 'Z').replace('T', ' ');
  return `${time}  ${e.site}  ${e.user}  ${e.ruleId ? `rule ${e.ruleId}  ` : ''}${e.findings.map((f) => `${f.type}:${f.count}`).join(';')}`;
}

function section(out: string[], title: string, lines: string[]): void {
  out.push('', title, ...(lines.length > 0 ? lines : ['  (none)']));
}

/** A table cell: text (left-aligned), a count, or text to align right like a count (a duration). */
type Cell = string | number | { right: string };

function right(text: string): Cell {
  return { right: text };
}

function table(head: string[], rows: Cell[][]): string[] {
  if (rows.length === 0) return [];
  const text = (cell: Cell) => (typeof cell === 'object' ? cell.right : String(cell));
  const cells = [head, ...rows.map((row) => row.map(text))];
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  // Text columns are left-aligned and counts right-aligned, so columns of numbers line up.
  const alignRight = (cell: Cell) => typeof cell === 'number' || typeof cell === 'object';
  return cells.map((row, r) => `  ${row.map((cell, i) => (r > 0 && alignRight(rows[r - 1][i]) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd()}`);
}
