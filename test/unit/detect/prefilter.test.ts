import { describe, expect, it } from 'vitest';
import { buildPrefilterIndex } from '../../../utils/detect/prefilter';
import type { Detector } from '../../../utils/detect/types';

const detector = (id: string, prefilter: string[]): Detector => ({ id, type: `x.${id}`, prefilter, find: () => [] });
const detectors = [detector('always', []), detector('openai', ['sk-']), detector('anthropic', ['sk-ant-']), detector('generic', ['key', 'token']), detector('azure', ['accountkey'])];
const index = buildPrefilterIndex(detectors);
const ids = (text: string) => index.select(text).map((d) => d.id);

describe('prefilter index', () => {
  it.each([
    ['nothing special', ['always']],
    ['the sk-ant- value', ['always', 'openai', 'anthropic']],
    ['the sk-proj value', ['always', 'openai']],
    ['accountkey=abc', ['always', 'generic', 'azure']],
    ['xaccountkeyx and token', ['always', 'generic', 'azure']],
    ['sk-ansk-ant-', ['always', 'openai', 'anthropic']],
  ])('%s -> %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('agrees with a plain includes() check on every keyword', () => {
    const texts = ['', 'key', 'tokenkey', 'sk-sk-ant-x', 'ACCOUNTKEY'.toLowerCase(), 'nothing', 'ke y tok en'];
    for (const text of texts) {
      const expected = detectors.filter((d) => d.prefilter.length === 0 || d.prefilter.some((k) => text.includes(k))).map((d) => d.id);
      expect(ids(text), text).toEqual(expected);
    }
  });
});
