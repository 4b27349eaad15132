import { hashTerm, MAX_HASHED_WORDS, normalizeTerm } from '../detect/custom';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../extension-identity';
import { isRenderTarget, RENDER_TARGETS, RenderError, renderPolicy, type PolicyObject, type RenderOptions } from '../policy/render';
import type { SchemaError } from '../policy/schema-kit';
import { validatePolicy } from '../policy/validate';

const TARGET_LINES = Object.entries(RENDER_TARGETS)
  .map(([name, target]) => `            ${name.padEnd(16)}${target.summary}`)
  .join('\n');

/** Usage of `vigie policy`. */
export const POLICY_USAGE = `Usage: vigie policy validate FILE...
       vigie policy render --target TARGET [--extension-id ID] [--install-url URL] FILE
       vigie policy hash [--json] [TERM...]

validate  Checks organization policy files (JSON: the object of policy keys, or a whole Chromium or Firefox
          policy file holding it) against Vigie's policy schema and rules. Prints each error with its key
          path; exit status 0 when every file is valid, 1 otherwise.
render    Validates FILE, then prints the ready-to-deploy file for TARGET on standard output (where to put it
          goes to standard error). An invalid policy prints its errors on standard error and exits 1.
          --target        one of:
${TARGET_LINES}
          --extension-id  the extension id (default ${CHROMIUM_EXTENSION_ID}; Firefox ${GECKO_ID})
          --install-url   firefox: also force-install the add-on from this URL (ExtensionSettings)
hash      Prints the SHA-256 of each normalized TERM (lower case, accents removed, punctuation collapsed), one
          per line, for a "hashed" detector's "hashes". With no TERM, reads terms from standard input, one per
          line. --json prints a JSON array instead.
A FILE of "-" is standard input. Usage errors exit with status 2. See docs/policy.md and docs/deploy.md.`;

/** What the policy command needs from its surroundings. */
export interface PolicyCommandIo {
  /** Reads a file; "-" is standard input. */
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE_ERROR = 2;

function usageError(io: PolicyCommandIo, message: string): number {
  io.stderr(`vigie policy: ${message}\n\n${POLICY_USAGE}\n`);
  return USAGE_ERROR;
}

/** Runs `vigie policy ...`; resolves with the exit status. */
export async function runPolicyCommand(argv: readonly string[], io: PolicyCommandIo): Promise<number> {
  const [subcommand, ...rest] = argv;
  switch (subcommand) {
    case 'validate':
      return rest.length === 0 ? usageError(io, 'validate needs at least one FILE') : validateFiles(rest, io);
    case 'render':
      return render(rest, io);
    case 'hash':
      return hash(rest, io);
    case 'help':
    case '--help':
    case '-h':
      io.stdout(`${POLICY_USAGE}\n`);
      return 0;
    default:
      return usageError(io, subcommand ? `unknown subcommand "${subcommand}"` : 'missing subcommand (validate, render or hash)');
  }
}

async function validateFiles(files: readonly string[], io: PolicyCommandIo): Promise<number> {
  let failed = false;
  for (const file of files) {
    const read = await readPolicyFile(file, io);
    if ('error' in read) {
      failed = true;
      io.stdout(`${file}: ${read.error}\n`);
      continue;
    }
    const errors = await validatePolicy(read.policy);
    failed ||= errors.length > 0;
    io.stdout(errors.length === 0 ? `${file}: valid\n` : errorReport(file, errors));
  }
  return failed ? 1 : 0;
}

function errorReport(file: string, errors: readonly SchemaError[]): string {
  return `${file}: ${errors.length} error(s)\n${errors.map((e) => `  ${e.path}: ${e.message}\n`).join('')}`;
}

async function render(args: readonly string[], io: PolicyCommandIo): Promise<number> {
  let target: string | undefined;
  const options: RenderOptions = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => (eq > 0 ? arg.slice(eq + 1) : args[++i]);
    if (flag === '--target' || flag === '--extension-id' || flag === '--install-url') {
      const given = value();
      if (!given) return usageError(io, `${flag} needs a value`);
      if (flag === '--target') target = given;
      else if (flag === '--extension-id') options.extensionId = given;
      else options.installUrl = given;
    } else if (flag.startsWith('--')) {
      return usageError(io, `unknown option "${flag}"`);
    } else {
      files.push(arg);
    }
  }
  const targets = Object.keys(RENDER_TARGETS).join(', ');
  if (target === undefined) return usageError(io, `render needs --target (one of: ${targets})`);
  if (!isRenderTarget(target)) return usageError(io, `unknown target "${target}" (one of: ${targets})`);
  if (files.length !== 1) return usageError(io, `render takes exactly one FILE, got ${files.length}`);
  const [file] = files;

  const read = await readPolicyFile(file, io);
  if ('error' in read) {
    io.stderr(`${file}: ${read.error}\n`);
    return 1;
  }
  const errors = await validatePolicy(read.policy);
  if (errors.length > 0) {
    io.stderr(`${errorReport(file, errors)}Nothing was rendered: fix the policy first.\n`);
    return 1;
  }
  let text: string;
  try {
    text = renderPolicy(target, read.policy as PolicyObject, options);
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    io.stderr(`${file}: cannot render for ${target}: ${error.message}\n`);
    return error.path.startsWith('--') ? USAGE_ERROR : 1;
  }
  io.stdout(text);
  io.stderr(`vigie policy: ${RENDER_TARGETS[target].destination}\n`);
  return 0;
}

async function hash(args: readonly string[], io: PolicyCommandIo): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.find((arg) => arg.startsWith('--') && arg !== '--json');
  if (unknown) return usageError(io, `unknown option "${unknown}"`);
  let terms = args.filter((arg) => arg !== '--json');
  if (terms.length === 0) {
    terms = (await io.readFile('-')).split(/\r?\n/).filter((line) => line.trim() !== '');
    if (terms.length === 0) return usageError(io, 'hash needs at least one TERM (as arguments, or one per line on standard input)');
  }
  const digests: string[] = [];
  let failed = false;
  let longest = 0;
  terms.forEach((term, i) => {
    const normalized = normalizeTerm(term);
    const words = normalized === '' ? 0 : normalized.split(' ').length;
    if (words === 0) {
      failed = true;
      io.stderr(`vigie policy hash: term ${i + 1} has no letters or digits, so it can never match\n`);
    } else if (words > MAX_HASHED_WORDS) {
      failed = true;
      io.stderr(`vigie policy hash: term ${i + 1} has ${words} words; a hashed detector matches terms of at most ${MAX_HASHED_WORDS}\n`);
    } else {
      longest = Math.max(longest, words);
      digests.push(hashTerm(term));
    }
  });
  io.stdout(json ? `${JSON.stringify(digests, null, 2)}\n` : digests.map((digest) => `${digest}\n`).join(''));
  // The detector only looks up phrases up to maxWords long (default 3): say so when a term is longer.
  if (longest > 3) io.stderr(`vigie policy hash: the longest term has ${longest} words: set the detector's "maxWords" to at least ${longest}\n`);
  return failed ? 1 : 0;
}

/** Reads and parses a policy file; the error says what went wrong and where. */
async function readPolicyFile(file: string, io: PolicyCommandIo): Promise<{ policy: unknown } | { error: string }> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { error: `cannot be read: ${(error as Error).message}` };
  }
  // Windows editors often save UTF-8 with a byte order mark, which JSON.parse refuses.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const { offset, problem } = jsonErrorAt(text);
    const before = text.slice(0, offset).split('\n');
    return { error: `is not valid JSON: line ${before.length}, column ${before[before.length - 1].length + 1}: ${problem}` };
  }
  return policyObject(parsed);
}

/**
 * Extracts the policy object from a file that may also be a whole Chromium (`3rdparty.extensions`) or Firefox
 * (`policies.3rdparty.Extensions`) policy file: Vigie's entry when present, else the only entry.
 */
function policyObject(parsed: unknown): { policy: unknown } | { error: string } {
  if (typeof parsed !== 'object' || parsed === null) return { policy: parsed };
  const record = parsed as Record<string, unknown>;
  const chromium = (record['3rdparty'] as { extensions?: Record<string, unknown> } | undefined)?.extensions;
  const firefox = ((record.policies as Record<string, unknown> | undefined)?.['3rdparty'] as { Extensions?: Record<string, unknown> } | undefined)?.Extensions;
  const byExtension = chromium ?? firefox;
  if (!byExtension || typeof byExtension !== 'object') return { policy: parsed };
  for (const id of [CHROMIUM_EXTENSION_ID, GECKO_ID]) if (id in byExtension) return { policy: byExtension[id] };
  const ids = Object.keys(byExtension);
  if (ids.length === 1) return { policy: byExtension[ids[0]] };
  return { error: `holds policy for ${ids.length} extensions (${ids.join(', ')}) and none is Vigie's default id: keep only Vigie's entry` };
}

class JsonSyntax {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

/**
 * Where and why JSON.parse fails on `text`: a small scanner of the JSON grammar, because Node's messages do not
 * always give a position.
 */
export function jsonErrorAt(text: string): { offset: number; problem: string } {
  let i = 0;
  const fail = (problem: string): never => {
    throw new JsonSyntax(i, i >= text.length ? `${problem}, but the file ends` : `${problem}, found ${JSON.stringify(text[i])}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail(`expected ${word}`));
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail('a line break or control character inside a string must be escaped');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('expected 4 hexadecimal digits after \\u');
          i += 4;
        } else if (i >= text.length || !'"\\/bfnrt'.includes(text[i])) fail('expected an escape such as \\" or \\n after a backslash');
      }
      i++;
    }
    if (i >= text.length) fail('expected the closing quote of a string');
    i++;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail('expected ":" after the key');
        i++;
        value();
        ws();
        if (text[i] === '}') return void i++;
        if (text[i] !== ',') fail('expected "," or "}" after a value');
        i++;
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ']') return void i++;
        if (text[i] !== ',') fail('expected "," or "]" after a value');
        i++;
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return void literal('true');
    if (ch === 'f') return void literal('false');
    if (ch === 'n') return void literal('null');
    const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.exec(text)) return void (i = number.lastIndex);
    fail('expected a value (object, array, string, number, true, false or null)');
  };
  try {
    value();
    ws();
    if (i < text.length) fail('expected the end of the file after the JSON value');
  } catch (error) {
    if (error instanceof JsonSyntax) return { offset: error.offset, problem: error.problem };
    throw error;
  }
  return { offset: text.length, problem: 'not valid JSON' };
}
