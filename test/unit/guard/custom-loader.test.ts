import { describe, expect, it, vi } from 'vitest';
import { RE2JS } from 're2js';
import { DEFAULT_DETECTORS, scan } from '../../../utils/detect/scan';
import { createCustomDetectorSource, CUSTOM_DETECTORS_GLOBAL, RE2_GLOBAL } from '../../../utils/guard/custom-loader';
import { createCompilingSource } from '../../../utils/guard/custom-source';
import { redactedExcerpt } from '../../../utils/guard/excerpt';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const scope: Record<string, unknown> = {};
  const loaded: string[] = [];
  const onError = vi.fn();
  const source = createCustomDetectorSource({
    scope,
    builtIn: DEFAULT_DETECTORS,
    onError,
    loadScript: async (name) => {
      loaded.push(name);
      // What the injected scripts do in the frame's isolated world.
      if (name === 'custom-detectors') scope[CUSTOM_DETECTORS_GLOBAL] = createCompilingSource;
      if (name === 're2') scope[RE2_GLOBAL] = RE2JS;
    },
  });
  return { source, loaded, onError };
}

describe('custom detectors in the content script', () => {
  it('loads nothing when the policy has no custom detector', async () => {
    const { source, loaded } = setup();
    source.update([]);
    await settle();
    expect(loaded).toEqual([]);
    expect(source.current()).toBeUndefined();
  });

  it('injects the compiler for keyword lists, but not the regex engine', async () => {
    const { source, loaded } = setup();
    source.update([{ id: 'projects', kind: 'keywords', terms: ['Project Falcon'] }]);
    await vi.waitFor(() => expect(source.current()).toBeDefined());
    expect(loaded).toEqual(['custom-detectors']);
    expect(scan('status of project falcon', { detectors: source.current() }).map((f) => f.type)).toEqual(['custom.projects']);
  });

  it('injects re2js only for regex detectors, and compiles them', async () => {
    const { source, loaded } = setup();
    source.update([{ id: 'tickets', kind: 'regex', pattern: 'SEC-\\d{4}' }]);
    await vi.waitFor(() => expect(source.current()).toBeDefined());
    expect(loaded).toEqual(['custom-detectors', 're2']);
    expect(scan('see SEC-1234', { detectors: source.current() })).toMatchObject([{ type: 'custom.tickets', start: 4, end: 12 }]);
  });

  it('drops the old detectors at once when the policy changes, and the newest policy wins', async () => {
    const { source } = setup();
    source.update([{ id: 'a', kind: 'keywords', terms: ['alpha'] }]);
    await vi.waitFor(() => expect(source.current()).toBeDefined());
    source.update([{ id: 'b', kind: 'keywords', terms: ['bravo'] }]);
    expect(source.current()).toBeUndefined();
    source.update([{ id: 'c', kind: 'keywords', terms: ['charlie'] }]);
    await vi.waitFor(() => expect(source.current()).toBeDefined());
    expect(source.current()!.map((d) => d.id)).toContain('c');
    expect(source.current()!.map((d) => d.id)).not.toContain('b');
  });

  it('a policy that changes while the compiler is being injected: the newest detectors are compiled', async () => {
    const { source, loaded } = setup();
    source.update([{ id: 'a', kind: 'keywords', terms: ['alpha'] }]);
    source.update([{ id: 'b', kind: 'keywords', terms: ['bravo'] }]);
    await vi.waitFor(() => expect(source.current()).toBeDefined());
    expect(source.current()!.map((d) => d.id)).toContain('b');
    expect(source.current()!.map((d) => d.id)).not.toContain('a');
    expect(loaded).toEqual(['custom-detectors']);
  });

  it('reports a script that fails to load, and scans go on with the built-in detectors', async () => {
    const onError = vi.fn();
    const source = createCustomDetectorSource({ scope: {}, builtIn: DEFAULT_DETECTORS, onError, loadScript: async () => undefined });
    source.update([{ id: 'a', kind: 'keywords', terms: ['alpha'] }]);
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(source.current()).toBeUndefined();
  });
});

describe('redactedExcerpt', () => {
  // Fake values: a Visa test number and a reserved example.com address.
  const text = `${'Intro line. '.repeat(20)}Refund card 4111 1111 1111 1111 for jane.doe@acme-demo.com today. ${'Tail. '.repeat(80)}`;
  const found = scan(text);

  it('masks every value and keeps at most 300 characters around the first finding', () => {
    const excerpt = redactedExcerpt(text, found);
    expect(excerpt).toContain('Refund card [CREDIT_CARD] for [EMAIL] today.');
    expect(excerpt).not.toContain('4111');
    expect(excerpt).not.toContain('jane.doe');
    expect(excerpt.length).toBeLessThanOrEqual(300);
  });

  it('widens the window rather than cutting a value in half', () => {
    const long = `x ${'4111 1111 1111 1111 '.repeat(1)}`;
    const excerpt = redactedExcerpt(long, scan(long), 5);
    expect(excerpt).not.toMatch(/\d{4}/);
  });
});
