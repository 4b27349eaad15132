/**
 * Vigie's command-line tool for admins and evaluation: `npm run --silent vigie -- scan ...` and
 * `npm run --silent vigie -- report summary|merge ...`.
 * Exit status: 0 when every input was read, 1 when an input line or file failed, 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { compileCustomDetectors, type CustomDetectorSpec } from '../detect/custom';
import { DEFAULT_DETECTORS, scan } from '../detect/scan';
import type { Detector } from '../detect/types';
import { parseArgs, USAGE } from './args';
import { runPolicyCommand } from './policy-command';
import { runReportCommand } from './report-command';
import { scanJsonlLine } from './jsonl';
import { publicFinding, textReport } from './scan-format';

async function main(argv: string[]): Promise<number> {
  const io = {
    readFile: async (path: string) => readFileSync(path === '-' ? 0 : path, 'utf8'),
    stdout: (text: string) => void process.stdout.write(text),
    stderr: (text: string) => void process.stderr.write(text),
  };
  if (argv[0] === 'report') return runReportCommand(argv.slice(1), io);
  if (argv[0] === 'policy') return runPolicyCommand(argv.slice(1), io);
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`vigie: ${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  let detectors: readonly Detector[] = DEFAULT_DETECTORS;
  if (args.custom) {
    const loaded = await loadCustomDetectors(args.custom);
    if ('error' in loaded) {
      process.stderr.write(`vigie: ${loaded.error}\n`);
      return 2;
    }
    detectors = [...DEFAULT_DETECTORS, ...loaded.detectors];
  }
  const scanText = (text: string) => scan(text, { detectors, minConfidence: args.minConfidence });

  if (args.format === 'jsonl' && args.files.length === 0) {
    let failed = false;
    let lineNumber = 0;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() === '') continue;
      const result = scanJsonlLine(line, lineNumber, scanText);
      failed ||= !result.ok;
      process.stdout.write(`${result.line}\n`);
    }
    return failed ? 1 : 0;
  }

  const files = args.files.length > 0 ? args.files : ['-'];
  let failed = false;
  const results: { file: string; findings: ReturnType<typeof publicFinding>[] }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (error) {
      failed = true;
      process.stderr.write(`vigie: cannot read ${file}: ${(error as Error).message}\n`);
      continue;
    }
    const findings = scanText(text);
    if (args.format === 'text') process.stdout.write(`${textReport(file === '-' ? '(stdin)' : file, text, findings, args.showValues)}\n`);
    else if (args.format === 'jsonl') process.stdout.write(`${JSON.stringify({ id: file, findings: findings.map(publicFinding) })}\n`);
    else results.push({ file, findings: findings.map(publicFinding) });
  }
  if (args.format === 'json') process.stdout.write(`${JSON.stringify({ files: results }, null, 2)}\n`);
  return failed ? 1 : 0;
}

/** Reads and compiles custom detector specs; any invalid spec is an error naming it. */
async function loadCustomDetectors(file: string): Promise<{ detectors: Detector[] } | { error: string }> {
  let specs: unknown;
  try {
    specs = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { error: `cannot read custom detectors from ${file}: ${(error as Error).message}` };
  }
  if (!Array.isArray(specs)) return { error: `${file}: expected a JSON array of custom detector specs` };
  const { detectors, errors } = await compileCustomDetectors(specs as CustomDetectorSpec[]);
  if (errors.length > 0) return { error: `${file}: ${errors.map((e) => `custom detector "${e.id}": ${e.message}`).join('; ')}` };
  return { detectors };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vigie: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
