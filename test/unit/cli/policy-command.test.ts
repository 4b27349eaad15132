import { describe, expect, it } from 'vitest';
import { runPolicyCommand } from '../../../utils/cli/policy-command';

async function run(argv: string[], files: Record<string, string>) {
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

const GOOD = JSON.stringify({ mode: 'enforce', rules: [{ id: 'no-cards', types: ['pii.credit_card'], action: 'block' }] });

describe('vigie policy validate', () => {
  it('accepts a valid policy', async () => {
    expect(await run(['validate', 'good.json'], { 'good.json': GOOD })).toMatchObject({ status: 0, stdout: 'good.json: valid\n' });
  });

  it('accepts a whole Chromium or Firefox policy file and checks the extension part', async () => {
    const chromium = JSON.stringify({ '3rdparty': { extensions: { abc: JSON.parse(GOOD) } } });
    const firefox = JSON.stringify({ policies: { '3rdparty': { Extensions: { 'vigie@x': { mode: 'watch' } } } } });
    const result = await run(['validate', 'c.json', 'f.json'], { 'c.json': chromium, 'f.json': firefox });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('c.json: valid');
    expect(result.stdout).toContain('f.json: 1 error(s)\n  mode: "watch" is not one of: monitor, enforce');
  });

  it('names every error with its key path and exits 1', async () => {
    const bad = JSON.stringify({ mdoe: 'enforce', rules: [{ id: 'x', types: 'pii.email', action: 'blok' }] });
    const result = await run(['validate', 'bad.json'], { 'bad.json': bad });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('mdoe: is not a known key');
    expect(result.stdout).toContain('rules[0].types: expected an array');
    expect(result.stdout).toContain('rules[0].action: "blok" is not one of: allow, log, warn, block');
  });

  it.each([
    ['malformed JSON', '{"mode": "enforce",', 'p.json: is not valid JSON'],
    ['a missing file', undefined, 'p.json: cannot be read: ENOENT'],
  ])('reports %s', async (_name, content, message) => {
    const result = await run(['validate', 'p.json'], content === undefined ? {} : { 'p.json': content });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(message);
  });

  it('prints the usage on a wrong call', async () => {
    expect((await run(['render'], {})).status).toBe(2);
    expect((await run(['validate'], {})).status).toBe(2);
  });
});
