import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_TYPES } from '../../utils/detect/finding-types';
import { DEFAULT_DETECTORS } from '../../utils/detect/scan';
import { findingTypeKey, pickLanguage } from '../../utils/i18n';

type Catalog = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const root = new URL('../../', import.meta.url).pathname;
const load = (lang: string): Catalog => JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const fr = load('fr');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('i18n catalogs', () => {
  it('French has exactly the English keys, with the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(Object.keys(fr[key].placeholders ?? {}), key).toEqual(Object.keys(en[key].placeholders ?? {}));
      expect(fr[key].message.trim(), key).not.toBe('');
    }
  });

  it('every key the code asks for exists', () => {
    const used = new Set<string>();
    for (const file of [...sources('components'), ...sources('entrypoints'), ...sources('utils')]) {
      for (const match of readFileSync(join(root, file), 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it('every finding type the detectors report has a label', () => {
    for (const detector of DEFAULT_DETECTORS) expect(en[findingTypeKey(detector.type)], detector.type).toBeDefined();
  });

  it('every type of the vocabulary has a label', () => {
    expect(FINDING_TYPES.filter((type) => !(findingTypeKey(type) in en))).toEqual([]);
  });

  it.each([
    [{ en: 'Hello', fr: 'Bonjour' }, 'fr-FR', 'Bonjour'],
    [{ en: 'Hello', fr: 'Bonjour' }, 'de', 'Hello'],
    [{ fr: 'Bonjour' }, 'en-US', 'Bonjour'],
    [undefined, 'en', undefined],
  ])('pickLanguage(%o, %s) = %s', (texts, language, expected) => {
    expect(pickLanguage(texts, language)).toBe(expected);
  });
});
