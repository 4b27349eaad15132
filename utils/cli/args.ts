import type { Confidence } from '../detect/types';

/** The options of `vigie scan`. */
export interface ScanArgs {
  command: 'scan';
  format: 'text' | 'json' | 'jsonl';
  minConfidence: Confidence;
  showValues: boolean;
  /** A JSON file holding a list of custom detector specs, as a policy defines them. */
  custom?: string;
  files: string[];
}

/** Usage text of the command-line tool. */
export const USAGE = `Usage: vigie scan [--format text|json|jsonl] [--min-confidence low|medium|high] [--show-values] [--custom SPECS.json] [FILE...]
       vigie report summary FILE...            (see vigie report --help)
       vigie report merge --format csv|ndjson FILE...
       vigie policy validate FILE...
       vigie policy render --target chrome-linux|chrome-windows|edge-windows|chrome-macos|firefox|... FILE
       vigie policy hash TERM...                (SHA-256 of normalized terms, for hashed dictionaries)

Scans files (or standard input) for sensitive data with Vigie's detection engine, locally.
  --format text     a readable report per file, values partially masked (default)
  --format json     one JSON document: {"files": [{"file", "findings"}]}
  --format jsonl    with no FILE: reads standard input, one {"id", "text"} object per line, and writes one
                    {"id", "findings"} line per input, in order; a malformed line yields {"id", "error"}
                    and the run goes on (exit status 1). With FILEs: one {"id": FILE, "findings"} line each.
  --min-confidence  report findings at this confidence and above (default: medium)
  --show-values     print values unmasked in the text report
  --custom FILE     also run the custom detectors listed in FILE (a JSON array of specs: keywords,
                    dictionary, hashed, regex; see utils/detect/custom); invalid ones are reported (exit 2)
A FILE of "-" is standard input.`;

/** Parses the command line; returns the options or an error message. */
export function parseArgs(argv: readonly string[]): ScanArgs | { error: string } {
  const [command, ...rest] = argv;
  if (command !== 'scan') return { error: command ? `unknown command "${command}"` : 'missing command' };
  const args: ScanArgs = { command, format: 'text', minConfidence: 'medium', showValues: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'jsonl') return { error: `--format must be text, json or jsonl, not "${format ?? ''}"` };
      args.format = format;
    } else if (flag === '--min-confidence') {
      const level = value();
      if (level !== 'low' && level !== 'medium' && level !== 'high') return { error: `--min-confidence must be low, medium or high, not "${level ?? ''}"` };
      args.minConfidence = level;
    } else if (flag === '--custom') {
      const file = value();
      if (!file) return { error: '--custom needs a file' };
      args.custom = file;
    } else if (flag === '--show-values') {
      args.showValues = true;
    } else if (flag.startsWith('--')) {
      return { error: `unknown option "${flag}"` };
    } else {
      args.files.push(arg);
    }
  }
  return args;
}
