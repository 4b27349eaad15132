import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHORS, buildPrefilterIndex, type PrefilterIndex } from '../../../utils/detect/prefilter';
import type { Detector } from '../../../utils/detect/types';

const detector = (id: string, cues: string[]): Detector => ({ id, type: `x.${id}`, cues, find: () => [] });
const detectors = [detector('always', []), detector('openai', ['sk-']), detector('anthropic', ['sk-ant-']), detector('generic', ['key', 'token']), detector('azure', ['accountkey'])];
const index = buildPrefilterIndex(detectors);
// The detectors that scan() runs on a lower-cased text.
const select = (prefilter: PrefilterIndex, lower: string) => prefilter.detectorsFor(prefilter.keywordsIn(lower));
const ids = (text: string) => select(index, text).map((d) => d.id);

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
    // Includes characters whose low bytes equal those of keyword characters (Ā is 0x100, ū is 0x16b = "k"+0x100).
    const texts = ['', 'k', 'key', 'tokenkey', 'sk-sk-ant-x', 'ACCOUNTKEY'.toLowerCase(), 'nothing', 'ke y tok en', 'ūey \u016beyĀ', 'ke\u0179'];
    for (const text of texts) {
      const expected = detectors.filter((d) => d.cues.length === 0 || d.cues.some((k) => text.includes(k))).map((d) => d.id);
      expect(ids(text), text).toEqual(expected);
    }
  });
});

describe('prefilter index: keywords filed under their first run of three characters', () => {
  // Filed under their first runs (no anchors: ANCHORS's digits are the built-in keywords'), "confidential",
  // "confidentiel" and "con" share their first run, and "ãon" lands on its slot too (the table
  // keeps 5 bits of each character: "ã" and "c" share theirs).
  const shared = [detector('en', ['confidential']), detector('fr', ['confidentiel']), detector('short', ['con']), detector('other', ['xyz'])];
  const sharedIndex = buildPrefilterIndex(shared, '');
  const found = (text: string) => sharedIndex.detectorsFor(sharedIndex.keywordsIn(text)).map((d) => d.id);

  it.each([
    ['con', ['short']],
    ['ãon ãonfidential', []],
    ['confidenti confidentia', ['short']],
    ['con con con confidentiel', ['fr', 'short']],
    ['confidential, confidentiel', ['en', 'fr', 'short']],
    ['xconfidentialxyz', ['en', 'short', 'other']],
    ['xy', []],
  ])('%s -> %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives the same answer to the same text after other texts (the counts of found keywords are put back)', () => {
    const first = found('confidential xyz');
    found('confidentiel');
    found('con');
    expect(found('confidential xyz')).toEqual(first);
    expect(found('confidentiel')).toEqual(['fr', 'short']);
  });
});

describe('prefilter index on real detectors', () => {
  // Keywords filed under the runs of ANCHORS, under their first runs, under their last runs, under runs drawn at random.
  it.each([['ANCHORS', ANCHORS], ['first runs', ''], ['last runs', '9'.repeat(200)], ['random runs', '3071904825'.repeat(20)]])(
  'finds every keyword wherever it lies (odd or even offset, start or end of text), on generated texts, filed under %s', async (_, anchors) => {
    const { BUILT_IN_DETECTORS } = await import('../../../utils/detect/registry');
    const real = buildPrefilterIndex(BUILT_IN_DETECTORS, anchors);
    const keywords = [...new Set(BUILT_IN_DETECTORS.flatMap((d) => d.cues))];
    const filler = 'abcdefghijklmnopqrstuvwxyz _-.:@=0123456789éü';
    let seed = 9;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let parts = random(8); parts > 0; parts--) {
        const keyword = keywords[random(keywords.length)];
        // Keywords, cut keywords (absent, but with their runs present), and filler of every length.
        text += random(3) === 0 ? keyword : random(2) === 0 ? keyword.slice(0, random(keyword.length)) : filler.slice(random(40)).slice(0, random(4));
      }
      const expected = BUILT_IN_DETECTORS.filter((d) => d.cues.length === 0 || d.cues.some((k) => text.includes(k)));
      expect(select(real, text).map((d) => d.id), text).toEqual(expected.map((d) => d.id));
    }
  });

  it('selects exactly the detectors a plain includes() check selects, on varied texts', async () => {
    const { BUILT_IN_DETECTORS } = await import('../../../utils/detect/registry');
    const real = buildPrefilterIndex(BUILT_IN_DETECTORS);
    const texts = ['', 'hello', 'ghp_abc and xoxb-1 in AKIA', 'password: x, api_key=y', 'Confidentiel — usage interne', 'ü@ß:€.', 'sk-ant-api03 hf_x npm_y'];
    for (const text of texts) {
      const lower = text.toLowerCase();
      const expected = BUILT_IN_DETECTORS.filter((d) => d.cues.length === 0 || d.cues.some((k) => lower.includes(k)));
      expect(select(real, lower).map((d) => d.id), text).toEqual(expected.map((d) => d.id));
    }
  });

  it('files each keyword under the run of three characters that the project corpus holds least often (ANCHORS)', async () => {
    const { BUILT_IN_DETECTORS } = await import('../../../utils/detect/registry');
    const corpus = readFileSync('test/fixtures/corpus/train.jsonl', 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text.toLowerCase()).join('\n');
    // The prefilter's slot of the run ending at `end`: 5 bits of each of its three characters.
    const slot = (text: string, end: number) => ((text.charCodeAt(end - 2) & 31) << 10) | ((text.charCodeAt(end - 1) & 31) << 5) | (text.charCodeAt(end) & 31);
    const counts = new Map<number, number>();
    for (let end = 2; end < corpus.length; end++) counts.set(slot(corpus, end), (counts.get(slot(corpus, end)) ?? 0) + 1);
    const long = [...new Set(BUILT_IN_DETECTORS.flatMap((d) => d.cues))].filter((k) => k.length >= 3);
    // The first run of the fewest occurrences, as a digit (the offset of its last character minus two).
    const best = (k: string) => {
      let chosen = 2;
      for (let end = 3; end < k.length; end++) if ((counts.get(slot(k, end)) ?? 0) < (counts.get(slot(k, chosen)) ?? 0)) chosen = end;
      return Math.min(chosen - 2, 9);
    };
    const expected = long.map(best).join('');
    expect(ANCHORS, `a keyword changed: set ANCHORS in utils/detect/prefilter.ts to '${expected}'`).toBe(expected);
  });
});
