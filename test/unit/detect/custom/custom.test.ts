import { describe, expect, it, vi } from 'vitest';
import { compileCustomDetectors, compileCustomDetectorsWith, hashTerm, normalizeTerm, type CustomDetectorSpec } from '../../../../utils/detect/custom';
import { sha256Hex } from '../../../../utils/detect/custom/sha256';
import { scan } from '../../../../utils/detect/scan';
import type { Detector } from '../../../../utils/detect/types';

async function one(spec: CustomDetectorSpec): Promise<Detector> {
  const { detectors, errors } = await compileCustomDetectors([spec]);
  expect(errors).toEqual([]);
  return detectors[0];
}
const values = (detector: Detector, text: string) => detector.find(text).map((f) => text.slice(f.start, f.end));

describe('sha256Hex', () => {
  // FIPS 180-4 and NIST example vectors, plus lengths around the 55/56/64-byte padding boundaries.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['The quick brown fox jumps over the lazy dog', 'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592'],
  ])('%j', (input, hex) => {
    expect(sha256Hex(input)).toBe(hex);
  });

  it.each([55, 56, 63, 64, 65, 119, 200])('matches node:crypto for %i bytes and for non-ASCII text', async (length) => {
    const { createHash } = await import('node:crypto');
    for (const input of ['a'.repeat(length), 'é'.repeat(length), '😀'.repeat(length)]) {
      expect(sha256Hex(input)).toBe(createHash('sha256').update(input, 'utf8').digest('hex'));
    }
  });
});

describe('normalizeTerm', () => {
  it.each([
    ['Société Générale', 'societe generale'],
    ['  SOCIÉTÉ   GÉNÉRALE  ', 'societe generale'],
    ['société\tgénérale\n', 'societe generale'],
    ['Jean-Pierre', 'jean pierre'],
    ["L'Oréal", 'l oreal'],
    ['Straße', 'strasse'],
    ['Œuvre', 'oeuvre'],
    ['ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['e\u0301te\u0301', 'ete'],
    ['pro\u00adject', 'project'],
    ['Projet 42', 'projet 42'],
    ['東京', '東 京'],
    ['!!!', ''],
  ])('%j -> %j', (term, normalized) => {
    expect(normalizeTerm(term)).toBe(normalized);
  });

  it('hashTerm hashes the normalized term', () => {
    expect(hashTerm('  Société Générale ')).toBe(sha256Hex('societe generale'));
    expect(hashTerm('SOCIETE GENERALE')).toBe(hashTerm('société générale'));
  });
});

describe('keywords and dictionary', () => {
  // Decision: matching is whole-word and exact after normalization; plurals and other inflections are
  // not matched ("Société Générale" does not match "sociétés générales"), the admin lists them if needed.
  it.each([
    ['exact', 'We met Société Générale today', ['Société Générale']],
    ['upper case without accents', 'SOCIETE GENERALE signed', ['SOCIETE GENERALE']],
    ['double space', 'la société  générale', ['société  générale']],
    ['line break between words', 'Société\nGénérale', ['Société\nGénérale']],
    ['hyphen between words', 'societe-generale.com', ['societe-generale']],
    ['decomposed accents', 'Socie\u0301te\u0301 Ge\u0301ne\u0301rale', ['Socie\u0301te\u0301 Ge\u0301ne\u0301rale']],
    ['plural is another word', 'les sociétés générales', []],
    ['inside a longer word', 'SociétéGénérale', []],
    ['a comma breaks the phrase', 'la société, générale', []],
    ['single keyword', 'Project Falcon is late', ['Falcon']],
    ['not inside a word', 'Falconry and falcons', []],
    ['digits glued to the word', 'Falcon9 launch', []],
    ['underscore separates words', 'falcon_api_key', ['falcon']],
    ['several hits', 'falcon, FALCON and Falcon.', ['falcon', 'FALCON', 'Falcon']],
  ])('%s', async (_name, text, expected) => {
    const detector = await one({ id: 'clients', kind: 'keywords', terms: ['Société Générale', 'Falcon'] });
    expect(values(detector, text)).toEqual(expected);
  });

  it('prefers the longest term at a position', async () => {
    const detector = await one({ id: 'dict', kind: 'dictionary', terms: ['acme', 'acme corp', 'acme corp europe'] });
    expect(values(detector, 'ACME Corp Europe and Acme Corp and acme')).toEqual(['ACME Corp Europe', 'Acme Corp', 'acme']);
  });

  it('reports UTF-16 offsets in the original text around accents and emoji', async () => {
    const detector = await one({ id: 'proj', kind: 'keywords', terms: ['Ørsted Phoenix'], confidence: 'medium' });
    const text = '🚀🎉 Élan — ørsted   PHOENIX 😀 done';
    const [finding] = detector.find(text);
    expect(text.slice(finding.start, finding.end)).toBe('ørsted   PHOENIX');
    expect(finding).toEqual({ type: 'custom.proj', start: 12, end: 28, confidence: 'medium', detector: 'proj' });
  });

  it('handles a 10,000-term dictionary on a 100 KB paste', async () => {
    const terms = Array.from({ length: 10_000 }, (_, i) => `client ${i.toString(36)} holding`);
    const detector = await one({ id: 'big', kind: 'dictionary', terms });
    const text = `${'lorem ipsum client dolor sit amet '.repeat(3000)} CLIENT 7PR HOLDING`;
    expect(values(detector, text)).toEqual(['CLIENT 7PR HOLDING']);
  });

  it('finds CJK terms without spaces', async () => {
    const detector = await one({ id: 'cjk', kind: 'keywords', terms: ['東京支社'] });
    expect(values(detector, '私たちの東京支社です')).toEqual(['東京支社']);
  });
});

describe('hashed dictionary', () => {
  it.each([
    ['one word', 'Meeting with Zephyrine tomorrow', ['Zephyrine']],
    ['three words', 'the BLUE  HARBOR INITIATIVE budget', ['BLUE  HARBOR INITIATIVE']],
    ['accents folded', 'contrat Bérénice Durand signé', ['Bérénice Durand']],
    ['not part of a longer word', 'Zephyrines and BlueHarbor', []],
  ])('%s', async (_name, text, expected) => {
    const hashes = ['Zephyrine', 'Blue Harbor Initiative', 'Berenice Durand'].map(hashTerm);
    const detector = await one({ id: 'secret-names', kind: 'hashed', hashes });
    expect(values(detector, text)).toEqual(expected);
  });

  it('does not look beyond maxWords', async () => {
    const detector = await one({ id: 'h', kind: 'hashed', hashes: [hashTerm('one two three four')], maxWords: 3 });
    expect(detector.find('one two three four')).toEqual([]);
    const wider = await one({ id: 'h', kind: 'hashed', hashes: [hashTerm('one two three four')], maxWords: 4 });
    expect(values(wider, 'x one two three four')).toEqual(['one two three four']);
  });

  it('accepts upper-case hex digests', async () => {
    const detector = await one({ id: 'h', kind: 'hashed', hashes: [hashTerm('falcon').toUpperCase()] });
    expect(values(detector, 'FALCON')).toEqual(['FALCON']);
  });
});

describe('regex', () => {
  it('finds matches with RE2 syntax, case-insensitively when asked, with UTF-16 offsets', async () => {
    const detector = await one({ id: 'project-code', kind: 'regex', pattern: String.raw`PRJ-\d{4}`, caseInsensitive: true });
    const text = 'é😀 see prj-1234 and PRJ-5678';
    expect(detector.find(text)).toEqual([
      { type: 'custom.project-code', start: 8, end: 16, confidence: 'high', detector: 'project-code' },
      { type: 'custom.project-code', start: 21, end: 29, confidence: 'high', detector: 'project-code' },
    ]);
    const strict = await one({ id: 'strict', kind: 'regex', pattern: String.raw`PRJ-\d{4}` });
    expect(values(strict, text)).toEqual(['PRJ-5678']);
  });

  it.each([
    ['(a+)+$', 1],
    ['(a|aa)+b', 0],
    ['(a*)*c', 0],
    ['(x+x+)+y', 0],
  ])('runs the catastrophic pattern %s on 100 KB of "a" and returns', async (pattern, count) => {
    const detector = await one({ id: 'redos', kind: 'regex', pattern });
    expect(detector.find('a'.repeat(100_000))).toHaveLength(count);
  });

  it('caps the number of findings', async () => {
    const detector = await one({ id: 'dots', kind: 'regex', pattern: '.' });
    expect(detector.find('x'.repeat(5000))).toHaveLength(1000);
  });
});

describe('compileCustomDetectors errors', () => {
  it.each<[string, unknown, RegExp]>([
    ['empty terms', { id: 'a', kind: 'keywords', terms: [] }, /terms list is empty/],
    ['term without letters', { id: 'a', kind: 'dictionary', terms: ['ok', '--'] }, /term 2 has no letter or digit/],
    ['unknown kind', { id: 'a', kind: 'fuzzy', terms: ['x'] }, /unknown kind "fuzzy"/],
    ['bad id', { id: 'Bad Id', kind: 'keywords', terms: ['x'] }, /the id must be/],
    ['bad confidence', { id: 'a', kind: 'keywords', terms: ['x'], confidence: 'certain' }, /confidence must be/],
    ['invalid hash', { id: 'a', kind: 'hashed', hashes: [hashTerm('x'), 'abc123'] }, /hash 2 is not a SHA-256/],
    ['empty hashes', { id: 'a', kind: 'hashed', hashes: [] }, /hashes list is empty/],
    ['bad maxWords', { id: 'a', kind: 'hashed', hashes: [hashTerm('x')], maxWords: 0 }, /maxWords must be/],
    ['backreference', { id: 'a', kind: 'regex', pattern: String.raw`(a)\1` }, /invalid escape sequence/],
    ['lookahead', { id: 'a', kind: 'regex', pattern: 'foo(?=bar)' }, /unsupported Perl syntax/],
    ['lookbehind', { id: 'a', kind: 'regex', pattern: '(?<=a)b' }, /error parsing regexp/],
    ['unbalanced', { id: 'a', kind: 'regex', pattern: '(abc' }, /missing closing \)/],
    ['empty pattern', { id: 'a', kind: 'regex', pattern: '' }, /pattern is empty/],
    ['matches the empty string', { id: 'a', kind: 'regex', pattern: 'x*' }, /matches the empty string/],
  ])('%s', async (_name, spec, message) => {
    const { detectors, errors } = await compileCustomDetectors([spec as CustomDetectorSpec]);
    expect(detectors).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0].id).toBe((spec as { id: string }).id);
    expect(errors[0].message).toMatch(message);
  });

  it('reports a duplicate id and still compiles the valid specs', async () => {
    const { detectors, errors } = await compileCustomDetectors([
      { id: 'names', kind: 'keywords', terms: ['falcon'] },
      { id: 'names', kind: 'keywords', terms: ['eagle'] },
      { id: 'broken', kind: 'regex', pattern: '[' },
      { id: 'codes', kind: 'regex', pattern: String.raw`\bK-\d+` },
    ]);
    expect(detectors.map((d) => [d.id, d.type])).toEqual([
      ['names', 'custom.names'],
      ['codes', 'custom.codes'],
    ]);
    expect(errors.map((e) => e.id)).toEqual(['names', 'broken']);
    expect(errors[0].message).toMatch(/used by another detector/);
  });

  it('never throws, even on malformed input', async () => {
    const { errors } = await compileCustomDetectors([null, { id: 7 }, { id: 'x' }] as unknown as CustomDetectorSpec[]);
    expect(errors).toHaveLength(3);
  });
});

describe('with scan()', () => {
  it('runs custom detectors appended to the detector list', async () => {
    const { detectors } = await compileCustomDetectors([
      { id: 'clients', kind: 'dictionary', terms: ['Société Générale'] },
      { id: 'tickets', kind: 'regex', pattern: String.raw`TCK-\d{3}` },
    ]);
    const text = 'TCK-042: call SOCIETE GENERALE';
    expect(scan(text, { detectors }).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['custom.tickets', 'TCK-042'],
      ['custom.clients', 'SOCIETE GENERALE'],
    ]);
  });
});

describe('regex engine loading', () => {
  it('loads the engine only when the policy has a regex rule', async () => {
    const load = vi.fn(async () => (await import('re2js')).RE2JS);
    await compileCustomDetectorsWith([{ id: 'k', kind: 'keywords', terms: ['falcon'] }], load);
    expect(load).not.toHaveBeenCalled();
    const { detectors } = await compileCustomDetectorsWith([{ id: 'r', kind: 'regex', pattern: 'K-[0-9]+' }], load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(values(detectors[0], 'see K-12')).toEqual(['K-12']);
  });

  it('fails only the regex rules when the engine cannot be loaded', async () => {
    const { detectors, errors } = await compileCustomDetectorsWith(
      [
        { id: 'k', kind: 'keywords', terms: ['falcon'] },
        { id: 'r', kind: 'regex', pattern: 'K-[0-9]+' },
      ],
      () => Promise.reject(new Error('network')),
    );
    expect(detectors.map((d) => d.id)).toEqual(['k']);
    expect(errors).toEqual([{ id: 'r', message: 'the regex engine could not be loaded: Error: network' }]);
  });
});
