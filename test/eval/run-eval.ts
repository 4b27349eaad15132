/**
 * `npm run eval [-- --corpus FILE] [-- --json]`: scans every corpus document with scan(text, { minConfidence:
 * 'medium' }) and prints per-type and overall precision/recall, false positives per 100 KB of hard negatives,
 * and the worst examples. Always exits 0: thresholds are enforced by test/unit/eval/quality.test.ts.
 */
import { resolve } from 'node:path';
import { scan } from '../../utils/detect/scan';
import { HOLDOUT_PATH, loadCorpus } from './corpus';
import { evaluate, type EvalReport, type Example } from './score';

function parseArgs(argv: readonly string[]): { corpus: string; json: boolean } {
  let corpus = HOLDOUT_PATH;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--corpus' && argv[i + 1]) corpus = resolve(argv[++i]);
    else if (argv[i].startsWith('--corpus=')) corpus = resolve(argv[i].slice('--corpus='.length));
  }
  return { corpus, json };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const oneLine = (s: string): string => s.replace(/\r?\n/g, '⏎').replace(/\t/g, ' ');

function exampleLine(e: Example): string {
  const value = e.value.length > 80 ? `${e.value.slice(0, 60)}…${e.value.slice(-15)}` : e.value;
  return `  ${e.kind} ${e.type.padEnd(30)} ${e.docId}${e.negativeDoc ? ' (hard negative)' : ''}\n     …${oneLine(e.before)}[${oneLine(value)}]${oneLine(e.after)}…`;
}

function printReport(path: string, report: EvalReport, millis: number): void {
  const rows = Object.entries(report.perType);
  const width = Math.max(28, ...rows.map(([t]) => t.length));
  console.log(`Corpus ${path}: ${report.docs} documents, ${report.negativeDocs} hard negatives (${report.negativeBytes} bytes); scanned in ${millis.toFixed(0)} ms\n`);
  console.log(`${'type'.padEnd(width)}  labels     TP     FP     FN  precision  recall`);
  for (const [type, c] of [...rows, ['OVERALL', report.overall] as const]) {
    if (type === 'OVERALL') console.log('-'.repeat(width + 50));
    console.log(
      `${type.padEnd(width)}  ${String(c.labels).padStart(6)} ${String(c.tp).padStart(6)} ${String(c.fp).padStart(6)} ${String(c.fn).padStart(6)}  ${pct(c.precision).padStart(9)}  ${pct(c.recall).padStart(6)}`,
    );
  }
  console.log(`\nFalse positives on hard negatives: ${report.negativeFp} = ${report.fpPer100KB.toFixed(2)} per 100 KB`);
  console.log(`\nWorst false negatives (up to 10, one type after another):`);
  for (const e of report.fnExamples) console.log(exampleLine(e));
  if (report.fnExamples.length === 0) console.log('  none');
  console.log(`\nWorst false positives (up to 10, hard negatives first):`);
  for (const e of report.fpExamples) console.log(exampleLine(e));
  if (report.fpExamples.length === 0) console.log('  none');
}

const { corpus, json } = parseArgs(process.argv.slice(2));
const docs = loadCorpus(corpus);
const started = performance.now();
const report = evaluate(docs, (text) => scan(text, { minConfidence: 'medium' }));
const millis = performance.now() - started;
if (json) console.log(JSON.stringify({ corpus, millis: Math.round(millis), ...report }, null, 2));
else printReport(corpus, report, millis);
process.exitCode = 0;
