import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POLICY_SCHEMA } from '../../utils/policy/schema';
import type { SchemaNode } from '../../utils/policy/schema-kit';
import { validatePolicy } from '../../utils/policy/validate';

/**
 * The policy documentation cannot drift from the code: every example policy validates, every example is
 * explained in docs/policy.md, every JSON block of the docs that holds a policy validates, and the key table
 * of docs/policy.md is the one generated from POLICY_SCHEMA (run with UPDATE_DOCS=1 to rewrite it).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POLICY_DOC = `${ROOT}docs/policy.md`;
const DOCS = ['docs/policy.md', 'docs/deploy.md', 'README.md'];
const EXAMPLES_DIR = `${ROOT}docs/examples/`;
const examples = readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.json'));
const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

const TABLE_START = '<!-- key-table:start (generated from utils/policy/schema.ts by test/unit/docs-examples.test.ts) -->';
const TABLE_END = '<!-- key-table:end -->';

function typeText(node: SchemaNode, required: boolean): string {
  let text: string;
  switch (node.type) {
    case 'string':
      if (node.enum) text = node.enum.map((value) => `\`${value}\``).join(' \\| ');
      else if (node.minLength !== undefined && node.minLength > 0) text = `string (${node.minLength}-${node.maxLength ?? '…'} characters)`;
      else text = node.maxLength !== undefined ? `string (up to ${node.maxLength} characters)` : 'string';
      break;
    case 'integer':
      text = `integer (${node.minimum ?? '…'}-${node.maximum ?? '…'})`;
      break;
    case 'boolean':
      text = '`true` \\| `false`';
      break;
    case 'array':
      text = `list of ${node.items.type === 'object' ? 'objects' : node.items.type === 'string' && node.items.enum ? `${typeText(node.items, false)}` : `${node.items.type}s`}${node.maxItems !== undefined ? ` (up to ${node.maxItems})` : ''}`;
      break;
    case 'object':
      text = node.additionalProperties ? 'text per language: `{"en": "...", "fr": "..."}`' : 'object';
      break;
  }
  return required ? `${text}, **required**` : text;
}

/** The placeholder for the keys of an object whose properties all share one shape (categories.<category>). */
function sharedShape(node: SchemaNode): string[] | undefined {
  if (node.type !== 'object') return undefined;
  const children = Object.values(node.properties);
  return children.length > 3 && children.every((child) => child === children[0]) ? Object.keys(node.properties) : undefined;
}

/** Every key path of the schema with its node, depth first, as the docs name them (`rules[].id`). */
function keyPaths(node: SchemaNode, path = ''): { path: string; node: SchemaNode; required: boolean }[] {
  const rows: { path: string; node: SchemaNode; required: boolean }[] = [];
  const target = node.type === 'array' ? node.items : node;
  const base = node.type === 'array' ? `${path}[]` : path;
  if (target.type !== 'object' || target.additionalProperties) return rows;
  const shared = sharedShape(target);
  if (shared) {
    const placeholder = `${base}.<${path.replace(/ies$/, 'y').replace(/s$/, '')}>`;
    const child = target.properties[shared[0]];
    rows.push({ path: placeholder, node: child, required: false }, ...keyPaths(child, placeholder));
    return rows;
  }
  for (const [key, child] of Object.entries(target.properties)) {
    const childPath = base === '' ? key : `${base}.${key}`;
    rows.push({ path: childPath, node: child, required: target.required?.includes(key) ?? false }, ...keyPaths(child, childPath));
  }
  return rows;
}

function keyTable(): string {
  // Descriptions are plain text: keep Markdown from reading `*`, `_` or `<id>` as formatting or HTML.
  const escape = (text: string) => text.replace(/[\\|*_]/g, (ch) => `\\${ch}`).replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rows = keyPaths(POLICY_SCHEMA as SchemaNode).map(({ path, node, required }) => {
    let meaning = node.description;
    const shared = sharedShape(POLICY_SCHEMA.properties.categories as SchemaNode);
    if (path === 'categories.<category>' && shared) meaning += ` Categories: ${shared.map((key) => `\`${key}\``).join(', ')}.`;
    return `| \`${path}\` | ${typeText(node, required)} | ${escape(meaning)} |`;
  });
  return [TABLE_START, '| key | type | meaning |', '|---|---|---|', ...rows, TABLE_END].join('\n');
}

/** The policy object inside a JSON block: a bare policy, a Chromium or Firefox file, or the Admin console's {"Value"} form. */
function policyInBlock(value: unknown): unknown | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const chromium = (record['3rdparty'] as { extensions?: Record<string, unknown> } | undefined)?.extensions;
  const firefox = ((record.policies as Record<string, unknown> | undefined)?.['3rdparty'] as { Extensions?: Record<string, unknown> } | undefined)?.Extensions;
  const byExtension = chromium ?? firefox;
  if (byExtension) return Object.values(byExtension)[0];
  const keys = Object.keys(record);
  const policyKeys = Object.keys(POLICY_SCHEMA.properties);
  if (keys.length > 0 && keys.every((key) => policyKeys.includes(key))) {
    const wrapped = Object.values(record).every((entry) => typeof entry === 'object' && entry !== null && Object.keys(entry).join() === 'Value');
    return wrapped ? Object.fromEntries(Object.entries(record).map(([key, entry]) => [key, (entry as { Value: unknown }).Value])) : record;
  }
  return undefined;
}

function jsonBlocks(markdown: string): { line: number; text: string }[] {
  return [...markdown.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => ({ line: markdown.slice(0, match.index).split('\n').length, text: match[1] }));
}

describe('docs/examples', () => {
  it('has the four reference examples', () => {
    expect(examples).toEqual(expect.arrayContaining(['monitor-only-pilot.json', 'strict-bank.json', 'copilot-tenant-only.json', 'french-public-sector.json']));
  });

  it.each(examples)('%s is a valid policy', async (name) => {
    expect(await validatePolicy(JSON.parse(readFileSync(`${EXAMPLES_DIR}${name}`, 'utf8')))).toEqual([]);
  });

  it.each(examples)('%s is explained in docs/policy.md', (name) => {
    expect(read('docs/policy.md')).toContain(`examples/${name}`);
  });
});

describe.each(DOCS)('JSON blocks of %s', (doc) => {
  const blocks = jsonBlocks(read(doc));

  it('has JSON blocks, and each one is valid JSON', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(() => JSON.parse(block.text), `${doc}:${block.line}`).not.toThrow();
  });

  it('every block that holds a policy is a valid policy', async () => {
    for (const block of blocks) {
      const policy = policyInBlock(JSON.parse(block.text));
      if (policy === undefined) continue;
      expect(await validatePolicy(policy), `${doc}:${block.line}`).toEqual([]);
    }
  });
});

describe('the key table of docs/policy.md', () => {
  it('is the table generated from POLICY_SCHEMA', () => {
    const doc = readFileSync(POLICY_DOC, 'utf8');
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END);
    const current = start >= 0 && end > start ? doc.slice(start, end + TABLE_END.length) : '(no table markers)';
    if (process.env.UPDATE_DOCS === '1' && start >= 0 && end > start) writeFileSync(POLICY_DOC, doc.replace(current, keyTable()));
    else expect(current, 'docs/policy.md is out of date: run UPDATE_DOCS=1 npx vitest run --config test/unit/vitest.config.ts test/unit/docs-examples.test.ts').toBe(keyTable());
  });

  it('names every key path of the schema', () => {
    const doc = readFileSync(POLICY_DOC, 'utf8');
    const missing = keyPaths(POLICY_SCHEMA as SchemaNode).filter(({ path }) => !doc.includes(`\`${path}\``));
    expect(missing.map(({ path }) => path)).toEqual([]);
    expect(keyPaths(POLICY_SCHEMA as SchemaNode).map(({ path }) => path)).toEqual(expect.arrayContaining(['rules[].minCount', 'categories.<category>.alternative.url', 'logging.identity']));
  });
});
