import { POLICY_SCHEMA } from '../policy/schema';
import { validate } from '../policy/schema-kit';

/** Usage of `vigie policy`. */
export const POLICY_USAGE = `Usage: vigie policy validate FILE...

Checks organization policy files (JSON: the object of policy keys, as deployed under the extension's id) against
Vigie's policy schema. Prints each error with its key path; exit status 0 when every file is valid, 1 otherwise.`;

/** What the policy command needs from its surroundings. */
export interface PolicyCommandIo {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Extracts the policy object from a file that may also be a whole Chromium or Firefox policy file. */
function policyObject(parsed: unknown): unknown {
  if (typeof parsed !== 'object' || parsed === null) return parsed;
  const record = parsed as Record<string, unknown>;
  const chromium = (record['3rdparty'] as { extensions?: Record<string, unknown> } | undefined)?.extensions;
  const firefox = ((record.policies as Record<string, unknown> | undefined)?.['3rdparty'] as { Extensions?: Record<string, unknown> } | undefined)?.Extensions;
  const byExtension = chromium ?? firefox;
  if (byExtension) {
    const values = Object.values(byExtension);
    if (values.length === 1) return values[0];
  }
  return parsed;
}

/** Runs `vigie policy ...`; resolves with the exit status. */
export async function runPolicyCommand(argv: readonly string[], io: PolicyCommandIo): Promise<number> {
  const [subcommand, ...files] = argv;
  if (subcommand !== 'validate' || files.length === 0) {
    io.stderr(`${POLICY_USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let parsed: unknown;
    try {
      const text = await io.readFile(file).catch((error: Error) => Promise.reject(new Error(`cannot be read: ${error.message}`)));
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new Error(`is not valid JSON: ${(error as Error).message}`);
      }
    } catch (error) {
      failed = true;
      io.stdout(`${file}: ${(error as Error).message}\n`);
      continue;
    }
    const errors = validate(POLICY_SCHEMA, policyObject(parsed));
    failed ||= errors.length > 0;
    io.stdout(errors.length === 0 ? `${file}: valid\n` : `${file}: ${errors.length} error(s)\n${errors.map((e) => `  ${e.path}: ${e.message}\n`).join('')}`);
  }
  return failed ? 1 : 0;
}
