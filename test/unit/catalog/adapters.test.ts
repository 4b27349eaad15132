import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapterForHost, findFirst, GENERIC_ADAPTER, SITE_ADAPTERS } from '../../../utils/catalog/adapters';
import { AI_SITES } from '../../../utils/catalog/sites';
import { SITE_FIXTURES } from '../../fixtures/sites/editors/site-map';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ALL = [...SITE_ADAPTERS, GENERIC_ADAPTER];
const E2E = 'test/e2e/editors-sites.e2e.test.ts';

describe('site adapters: each one has a fixture page and a test (meta-test)', () => {
  it.each(ALL.map((adapter) => [adapter.id, adapter] as const))('%s has a fixture page that imitates its site, with the same editor', (_id, adapter) => {
    const fixtures = SITE_FIXTURES.filter((fixture) => fixture.adapter === adapter.id);
    expect(fixtures.length, `no fixture in test/fixtures/sites/editors/site-map.ts for adapter ${adapter.id}`).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      expect(existsSync(`${ROOT}test/fixtures/sites/editors/${fixture.page}`), `missing page ${fixture.page}`).toBe(true);
      expect(fixture.editor).toBe(adapter.editor);
      // The fixture is served under one of the adapter's hosts, so the adapter is the one looked up there.
      expect(adapterForHost(fixture.host)).toBe(adapter);
    }
  });

  it('every fixture names an adapter that exists', () => {
    const ids = new Set(ALL.map((adapter) => adapter.id));
    for (const fixture of SITE_FIXTURES) expect(ids.has(fixture.adapter), fixture.adapter).toBe(true);
  });

  it('the end-to-end test checks every fixture against its adapter in real Chromium', () => {
    // editors-sites.e2e.test.ts runs one case per SITE_FIXTURES entry through adapterForHost().
    const source = readFileSync(`${ROOT}${E2E}`, 'utf8');
    expect(source).toContain('SITE_FIXTURES.map(');
    expect(source).toContain('adapterForHost(fixture.host)');
  });
});

describe('site adapters: data', () => {
  it.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s serves exactly its catalog hosts', (id, adapter) => {
    const site = AI_SITES.find((entry) => entry.id === id);
    expect(site, `no catalog site ${id}`).toBeDefined();
    expect([...adapter.hosts].sort()).toEqual([...site!.hosts].sort());
    // Where the catalog knows the editor, the adapter agrees.
    if (site!.editor) expect(adapter.editor).toBe(site!.editor);
  });

  it.each(ALL.map((adapter) => [adapter.id, adapter] as const))('%s lists selectors for composer, send button, file inputs and drop zones', (_id, adapter) => {
    for (const list of [adapter.composer, adapter.sendButton, adapter.fileInputs, adapter.dropZones]) {
      expect(list.length).toBeGreaterThan(0);
      for (const selector of list) expect(selector.trim()).toBe(selector);
    }
  });

  it('no host belongs to two adapters', () => {
    const hosts = SITE_ADAPTERS.flatMap((adapter) => adapter.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});

describe('adapterForHost', () => {
  it.each([
    ['chatgpt.com', 'chatgpt'],
    ['chat.openai.com', 'chatgpt'],
    ['CLAUDE.AI', 'claude'],
    ['gemini.google.com', 'gemini'],
    ['copilot.microsoft.com', 'copilot'],
    ['chat.mistral.ai', 'le-chat'],
    ['chat.deepseek.com', 'deepseek'],
    ['www.perplexity.ai', 'perplexity'],
    ['perplexity.ai', 'perplexity'],
    ['grok.com', 'generic'],
    ['example.com', 'generic'],
    ['evil-chatgpt.com', 'generic'],
  ])('%s -> %s', (host, id) => {
    expect(adapterForHost(host).id).toBe(id);
  });
});

describe('findFirst', () => {
  const root = {
    querySelector: (selector: string) => (selector === '#b' ? ('B' as unknown as Element) : selector === '#c' ? ('C' as unknown as Element) : null),
  } as unknown as ParentNode;

  it('tries the selectors in order and returns the first match', () => {
    expect(findFirst(root, ['#a', '#b', '#c'])).toBe('B');
    expect(findFirst(root, ['#a'])).toBeUndefined();
  });
});
