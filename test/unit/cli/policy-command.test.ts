import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jsonErrorAt, runPolicyCommand } from '../../../utils/cli/policy-command';
import { hashTerm } from '../../../utils/detect/custom';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../../../utils/extension-identity';
import { readPlist, readRegFile } from '../policy/render-readers';

async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await runPolicyCommand(argv, {
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: ${path}`);
      return files[path];
    },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
}

const POLICY = { mode: 'enforce', rules: [{ id: 'no-cards', types: ['pii.credit_card'], action: 'block' }] };
const GOOD = JSON.stringify(POLICY);
const BAD = JSON.stringify({ mdoe: 'enforce', rules: [{ id: 'x', types: 'pii.email', action: 'blok' }] });

describe('vigie policy validate', () => {
  it('accepts a valid policy', async () => {
    expect(await run(['validate', 'good.json'], { 'good.json': GOOD })).toMatchObject({ status: 0, stdout: 'good.json: valid\n' });
  });

  it('accepts a file saved with a UTF-8 byte order mark', async () => {
    expect(await run(['validate', 'bom.json'], { 'bom.json': `\uFEFF${GOOD}` })).toMatchObject({ status: 0, stdout: 'bom.json: valid\n' });
  });

  it('accepts a whole Chromium or Firefox policy file and checks the extension part', async () => {
    const chromium = JSON.stringify({ '3rdparty': { extensions: { abc: POLICY } } });
    const firefox = JSON.stringify({ policies: { '3rdparty': { Extensions: { 'vigie@x': { mode: 'watch' } } } } });
    const result = await run(['validate', 'c.json', 'f.json'], { 'c.json': chromium, 'f.json': firefox });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('c.json: valid');
    expect(result.stdout).toContain('f.json: 1 error(s)\n  mode: "watch" is not one of: monitor, enforce');
  });

  it("picks Vigie's entry in a policy file that configures several extensions", async () => {
    const both = JSON.stringify({ '3rdparty': { extensions: { other: { foo: 1 }, [CHROMIUM_EXTENSION_ID]: POLICY } } });
    const neither = JSON.stringify({ '3rdparty': { extensions: { a: POLICY, b: POLICY } } });
    const result = await run(['validate', 'both.json', 'neither.json'], { 'both.json': both, 'neither.json': neither });
    expect(result.stdout).toContain('both.json: valid');
    expect(result.stdout).toContain('neither.json: holds policy for 2 extensions (a, b)');
    expect(result.status).toBe(1);
  });

  it('names every error with its key path and exits 1', async () => {
    const result = await run(['validate', 'bad.json'], { 'bad.json': BAD });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('bad.json: 3 error(s)');
    expect(result.stdout).toContain('  mdoe: is not a known key');
    expect(result.stdout).toContain('  rules[0].types: expected an array');
    expect(result.stdout).toContain('  rules[0].action: "blok" is not one of: allow, log, warn, justify, redact, block');
  });

  it('reports semantic errors too (unknown finding types, shadowed rules)', async () => {
    const policy = {
      rules: [
        { id: 'all', types: ['pii.*'], action: 'warn' },
        { id: 'mails', types: ['pii.email'], action: 'block' },
        { id: 'typo', types: ['pii.emial'], action: 'block' },
      ],
    };
    const result = await run(['validate', 'p.json'], { 'p.json': JSON.stringify(policy) });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/ {2}rules\[1\]: .*can never apply/);
    expect(result.stdout).toMatch(/ {2}rules\[2\]\.types\[0\]: "pii\.emial" is not a finding type/);
  });

  it.each([
    ['an unfinished file', '{"mode": "enforce",', 'line 1, column 20: expected a key in double quotes, but the file ends'],
    ['a missing value', '{\n  "mode": "enforce",\n  "rules": }', 'line 3, column 12: expected a value (object, array, string, number, true, false or null), found "}"'],
    ['a trailing comma', '{\n  "rules": [\n    {"id": "a"},\n  ]\n}', 'line 4, column 3: expected a value'],
    ['single quotes', "{'mode': 'monitor'}", 'line 1, column 2: expected a key in double quotes, found "\'"'],
    ['a line break in a string', '{"policyVersion": "a\nb"}', 'line 1, column 21: a line break or control character inside a string must be escaped'],
    ['two documents', '{}\n{}', 'line 2, column 1: expected the end of the file after the JSON value'],
  ])('locates the JSON error in %s', async (_name, content, where) => {
    const result = await run(['validate', 'p.json'], { 'p.json': content });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`p.json: is not valid JSON: ${where}`);
  });

  it('reports a file that cannot be read', async () => {
    const result = await run(['validate', 'missing.json']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('missing.json: cannot be read: ENOENT');
  });

  it('prints the usage on a wrong call', async () => {
    expect(await run(['validate'])).toMatchObject({ status: 2, stderr: expect.stringContaining('validate needs at least one FILE') });
    expect(await run(['check', 'x'])).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown subcommand "check"') });
    expect(await run([])).toMatchObject({ status: 2, stderr: expect.stringContaining('Usage: vigie policy validate FILE') });
    expect(await run(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('vigie policy render --target TARGET') });
  });
});

describe('jsonErrorAt agrees with JSON.parse', () => {
  it.each(['{}', '[1, 2.5e3, -0, "a\\u00e9\\n", true, false, null, {"a": [{}]}]', ' "x" '])('finds no error in %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorAt(text).problem).toBe('not valid JSON'); // the scanner reached the end without complaint
  });
});

describe('vigie policy render', () => {
  it.each([
    ['chrome-linux', (out: string) => JSON.parse(out)['3rdparty'].extensions[CHROMIUM_EXTENSION_ID]],
    ['firefox', (out: string) => JSON.parse(out).policies['3rdparty'].Extensions[GECKO_ID]],
    ['macos-plist', (out: string) => readPlist(out)],
  ] as const)('prints the %s file on stdout and where it goes on stderr', async (target, extract) => {
    const result = await run(['render', '--target', target, 'p.json'], { 'p.json': GOOD });
    expect(result.status).toBe(0);
    expect(extract(result.stdout)).toEqual(POLICY);
    expect(result.stderr).toMatch(/^vigie policy: Save as /);
  });

  it('accepts --target=, --extension-id and a whole Chromium file as input', async () => {
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    const file = JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: POLICY } } });
    const result = await run(['render', '--target=edge-windows', '--extension-id', id, 'c.json'], { 'c.json': file });
    expect(result.status).toBe(0);
    expect([...readRegFile(result.stdout).keys()]).toEqual([`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${id}\\policy`]);
  });

  it('force-installs the Firefox add-on with --install-url', async () => {
    const url = 'https://downloads.example.com/vigie.xpi';
    const result = await run(['render', '--target', 'firefox', '--install-url', url, 'p.json'], { 'p.json': GOOD });
    expect(JSON.parse(result.stdout).policies.ExtensionSettings[GECKO_ID]).toEqual({ installation_mode: 'force_installed', install_url: url });
  });

  it('prints nothing on stdout for an invalid policy: the errors with key paths go to stderr, exit 1', async () => {
    const result = await run(['render', '--target', 'chrome-windows', 'bad.json'], { 'bad.json': BAD });
    expect(result).toMatchObject({ status: 1, stdout: '' });
    expect(result.stderr).toContain('bad.json: 3 error(s)\n  mdoe: is not a known key');
    expect(result.stderr).toContain('  rules[0].action: "blok" is not one of');
    expect(result.stderr).toContain('Nothing was rendered');
  });

  it('prints nothing on stdout for a file that is not JSON', async () => {
    const result = await run(['render', '--target', 'firefox', 'p.json'], { 'p.json': '{"mode": monitor}' });
    expect(result).toMatchObject({ status: 1, stdout: '', stderr: 'p.json: is not valid JSON: line 1, column 10: expected a value (object, array, string, number, true, false or null), found "m"\n' });
  });

  it.each([
    [['p.json'], 'render needs --target (one of: chrome-linux, chrome-windows, edge-windows, chrome-macos'],
    [['--target', 'chrome-linux-arm', 'p.json'], 'unknown target "chrome-linux-arm" (one of: chrome-linux,'],
    [['--target'], '--target needs a value'],
    [['--target', 'firefox'], 'render takes exactly one FILE, got 0'],
    [['--target', 'firefox', 'a.json', 'b.json'], 'render takes exactly one FILE, got 2'],
    [['--target', 'firefox', '--output', 'x', 'p.json'], 'unknown option "--output"'],
    [['--target', 'chrome-linux', '--install-url', 'https://x.example/v.crx', 'p.json'], '--install-url: applies to the firefox target only'],
    [['--target', 'firefox', '--extension-id', CHROMIUM_EXTENSION_ID, 'p.json'], 'is not a Firefox add-on id'],
  ])('usage error for %j', async (args, message) => {
    const result = await run(['render', ...args], { 'p.json': GOOD, 'a.json': GOOD, 'b.json': GOOD });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});

describe('vigie policy hash', () => {
  it('prints the SHA-256 of each normalized term, one per line', async () => {
    const result = await run(['hash', 'Northwind Traders', 'SOCIÉTÉ-générale']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    // The digest is of the normalized text (what a hashed detector looks up), checked against Node's SHA-256.
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    expect(result.stdout).toBe(`${sha256('northwind traders')}\n${sha256('societe generale')}\n`);
  });

  it('reads terms from standard input, one per line, and prints JSON with --json', async () => {
    const result = await run(['hash', '--json'], { '-': 'Fabrikam\r\n\r\nTailspin Toys\n' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([hashTerm('Fabrikam'), hashTerm('Tailspin Toys')]);
  });

  it('says when a term is longer than the default maxWords, and refuses terms that can never match', async () => {
    const long = await run(['hash', 'one two three four five']);
    expect(long.status).toBe(0);
    expect(long.stderr).toContain('set the detector\'s "maxWords" to at least 5');
    const bad = await run(['hash', 'ok', '!!!', 'a b c d e f g h i']);
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('term 2 has no letters or digits');
    expect(bad.stderr).toContain('term 3 has 9 words');
  });

  it('is a usage error with no term at all', async () => {
    expect(await run(['hash'], { '-': '\n' })).toMatchObject({ status: 2 });
    expect(await run(['hash', '--sha1', 'x'])).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown option "--sha1"') });
  });
});
