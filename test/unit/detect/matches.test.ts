import { describe, expect, it } from 'vitest';
import { allMatches, forgetRuns, matchesInRuns, nearLiteral, startsInRuns, type Search } from '../../../utils/detect/matches';
import { inNumbers, NUM_END, NUM_START } from '../../../utils/detect/pii/shared';

// The faster searches must find exactly what a plain search of the whole text finds: same matches, same
// offsets, same order. Texts are generated from pieces that make near misses likely.
let seed = 1;
const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
const generate = (pieces: readonly string[], count: number): string[] =>
  Array.from({ length: count }, () => Array.from({ length: random(14) }, () => pieces[random(pieces.length)]).join(''));
const spans = (matches: RegExpExecArray[]): string[] => matches.map((m) => `${m.index}:${m[0]}`);

describe('allMatches', () => {
  it('gives what matchAll gives', () => {
    const pattern = /\d+|(?=x)/g;
    for (const text of ['', 'a1b22x', 'xx12', '123']) expect(spans(allMatches(pattern, text))).toEqual([...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`));
  });
});

describe('nearLiteral', () => {
  const cases: [string, RegExp, Search][] = [
    ['a prefix', /(?<![a-z0-9_])sk-(?:proj-[a-z0-9]{4,8}|[a-z]{6})(?![a-z0-9_])/gy, nearLiteral('sk-')],
    ['a literal after one character', /(?<![a-z0-9_])[rs]k_(?:live|test)_[a-z0-9]{3,6}(?![a-z0-9_])/gy, nearLiteral('k_', 1)],
    ['a literal after a scheme', /(?<![a-z0-9.-])(?:https?|ssh|socks5h?):\/\/[^\s:@/]{0,10}:[^\s@/]{1,10}@[a-z.]{1,20}/giy, nearLiteral('://', 7)],
  ];
  const pieces = [
    ...['sk-proj-abc123', 'sk-abcdef', 'rk_live_abc', 'sk_test_12345', 'https://u:p@host.io', 'SOCKS5H://a:b@c.d', 'ssh://x:y@z'],
    ...['sk-', 'sk-proj-', 'rk_', 'sk_', 'live_', 'test_', 'abc', 'abcdef', '123', '_', '-', ' ', 'x', 'https', 'ssh', '://', 'u:p@', ':', '@', '.'],
  ];
  it.each(cases)('finds the matches of %s that a scan of the whole text finds', (_name, sticky, search) => {
    const global = new RegExp(sticky.source, sticky.flags.replace('y', ''));
    for (const text of generate(pieces, 3000)) expect(spans(search(sticky, text)), text).toEqual(spans(allMatches(global, text)));
  });
});

describe('matchesInRuns', () => {
  const phone = new RegExp(`${NUM_START}0[1-9]([ .\\-]?)\\d\\d(?:\\1\\d\\d){3}${NUM_END}`, 'g');
  const international = new RegExp(`${NUM_START}(?:\\+|00(?=[1-9]\\d{0,2}[ .\\-]))[1-9](?:[ .\\-\\u00a0]?\\d|[ .\\-\\u00a0]?\\(\\d{1,4}\\)){6,17}${NUM_END}`, 'g');
  const card = /(?<![\w-])\d[ -]?\d[ -]?\d[ -]?\d(?:[ -]?\d){9,15}(?!\w)/g;
  const vat = /(?<![\w.\-/])(?:FR[ -]?[0-9A-HJ-NP-Z]{2}[ .]?\d{3}[ .]?\d{3}[ .]?\d{3}|IE ?\d[0-9A-Z+*]\d{5}[A-W][A-I]?)(?![\w]|[.\-/]\d)/g;
  const pieces = [
    ...['0', '06', '12', '345', '4111', '1111', '0612345678', '06 12 34 56 78', '4111 1111 1111 1111', '+33 6 12 34 56 78', '0033 612345678'],
    ...['FR12345678901', 'FR 1A 123 456 789', 'IE1A23456BC', 'IE 1+23456W', '2024-05-01'],
    ...[' ', '  ', '.', '-', '/', '+', '00', '(', ')', '\u00a0', 'A', 'B', 'x', 'ab', '@', '*', '\n', ','],
  ];
  it.each([
    ['a national phone number', phone],
    ['an international phone number', international],
    ['a card number', card],
    ['a VAT number', vat],
  ])('finds the matches of %s that a scan of the whole text finds', (_name, pattern) => {
    for (const text of generate(pieces, 4000)) {
      forgetRuns();
      expect(spans(matchesInRuns(pattern, text)), text).toEqual(spans(allMatches(pattern, text)));
    }
  });

  it('computes the runs once per text, and again for another text', () => {
    const first = 'call 06 12 34 56 78 now';
    expect(spans(matchesInRuns(phone, first))).toEqual(['5:06 12 34 56 78']);
    expect(spans(matchesInRuns(phone, first))).toEqual(['5:06 12 34 56 78']);
    expect(spans(matchesInRuns(phone, 'or 0612345678.'))).toEqual(['3:0612345678']);
    forgetRuns();
  });
});

describe('startsInRuns', () => {
  // Two patterns of one family, with backreferences to their own groups; the shared pass reads each one as any
  // character or none.
  const sources = [String.raw`0[1-9]([ .\-]?)\d\d(?:\1\d\d){3}`, String.raw`[6-9]\d\d([ .\-]?)\d{3}\1\d{3}|\d{3}([ ]?)\d\d\2\d{4}`];
  const search = startsInRuns(() => new RegExp(`${NUM_START}(?=${sources.join('|').replace(/\\\d/g, '[^]?')})`, 'g'));
  const pieces = ['0', '06', '12', '345', '612', '0612345678', '06 12 34 56 78', '612 345 678', '123 45 6789', '123456789', ' ', '.', '-', '/', '+', 'A', 'x', '\n'];
  it.each(sources.map((source, i) => [i, source]))('finds the matches of pattern %i that a scan of the whole text finds', (_i, source) => {
    const sticky = new RegExp(`(?:${source})${NUM_END}`, 'gy');
    const global = new RegExp(`${NUM_START}(?:${source})${NUM_END}`, 'g');
    for (const text of generate(pieces, 3000)) {
      forgetRuns();
      expect(spans(search(sticky, text)), text).toEqual(spans(allMatches(global, text)));
    }
    forgetRuns();
  });

  it('serves the number detectors (inNumbers) with the same matches as a scan of the whole text', () => {
    const sticky = new RegExp(String.raw`0[1-9]([ .\-]?)\d\d(?:\1\d\d){3}${NUM_END}`, 'gy');
    const global = new RegExp(`${NUM_START}${sticky.source}`, 'g');
    for (const text of generate([...pieces, '+33 6 12 34 56 78', '1 84 12 76 451 089 46'], 2000)) {
      forgetRuns();
      expect(spans(inNumbers(sticky, text)), text).toEqual(spans(allMatches(global, text)));
    }
    forgetRuns();
  });
});
