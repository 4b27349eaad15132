import type { Confidence, Detector } from '../types';
import { normalizeTerm } from './normalize';
import { regexDetector, type Re2Engine } from './regex';
import { sha256Hex, sha256Words } from './sha256';
import { ngramDetector, termsDetector } from './terms';

/** A detector that the organization's policy defines; it reports findings of type `custom.<id>`. */
export type CustomDetectorSpec =
  | { id: string; kind: 'keywords'; terms: string[]; confidence?: Confidence }
  | { id: string; kind: 'dictionary'; terms: string[]; confidence?: Confidence }
  | { id: string; kind: 'hashed'; hashes: string[]; maxWords?: number; confidence?: Confidence }
  | { id: string; kind: 'regex'; pattern: string; caseInsensitive?: boolean; confidence?: Confidence };

/** Why one policy detector could not be compiled. */
export interface CustomDetectorError {
  id: string;
  message: string;
}

const ID = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const HASH = /^[0-9a-f]{64}$/i;
const CONFIDENCES: readonly unknown[] = ['high', 'medium', 'low'];
/** Hashed n-grams are looked up for 1..maxWords words; more than this would hash too much per paste. */
export const MAX_HASHED_WORDS = 8;

// Matches of a policy detector are exact hits on what the admin listed, hence `high` unless the policy says otherwise.
const DEFAULT_CONFIDENCE: Confidence = 'high';

function termList(terms: unknown): string[] {
  if (!Array.isArray(terms) || terms.length === 0) throw new Error('the terms list is empty');
  return terms.map((term, i) => {
    const norm = typeof term === 'string' ? normalizeTerm(term) : '';
    if (!norm) throw new Error(`term ${i + 1} has no letter or digit`);
    return norm;
  });
}

function build(spec: CustomDetectorSpec, confidence: Confidence, engine: Re2Engine | string): Detector {
  switch (spec.kind) {
    case 'keywords':
    case 'dictionary':
      return termsDetector(spec.id, termList(spec.terms), confidence);
    case 'hashed': {
      const maxWords = spec.maxWords ?? 3;
      if (!Number.isInteger(maxWords) || maxWords < 1 || maxWords > MAX_HASHED_WORDS) throw new Error(`maxWords must be an integer from 1 to ${MAX_HASHED_WORDS}`);
      if (!Array.isArray(spec.hashes) || spec.hashes.length === 0) throw new Error('the hashes list is empty');
      const bad = spec.hashes.findIndex((hash) => typeof hash !== 'string' || !HASH.test(hash));
      if (bad >= 0) throw new Error(`hash ${bad + 1} is not a SHA-256 hex digest (64 hexadecimal digits)`);
      const hashes = new Set(spec.hashes.map((hash) => hash.toLowerCase()));
      // The first 32 bits of each digest screen n-grams before the full hex digest is built and compared,
      // and answers are remembered: words repeat in text, and hashing is the cost of this detector.
      const heads = new Set(spec.hashes.map((hash) => parseInt(hash.slice(0, 8), 16)));
      const memo = new Map<string, boolean>();
      const has = (key: string): boolean => {
        let hit = memo.get(key);
        if (hit === undefined) {
          if (memo.size >= 50_000) memo.clear();
          hit = heads.has(sha256Words(key)[0]) && hashes.has(sha256Hex(key));
          memo.set(key, hit);
        }
        return hit;
      };
      return ngramDetector(spec.id, maxWords, has, confidence);
    }
    case 'regex':
      if (typeof spec.pattern !== 'string' || !spec.pattern) throw new Error('the pattern is empty');
      if (typeof engine === 'string') throw new Error(engine);
      return regexDetector(spec.id, engine, spec.pattern, spec.caseInsensitive === true, confidence);
    default:
      throw new Error(`unknown kind "${String((spec as { kind?: unknown }).kind)}"`);
  }
}

/**
 * compileCustomDetectors with the regex engine (re2js's RE2JS class) supplied by `loadRe2`, which is called
 * only when a regex rule exists. A content script, whose IIFE bundle would inline `import('re2js')`, can
 * pass a loader that imports the engine from a packaged extension URL instead.
 */
export async function compileCustomDetectorsWith(
  specs: readonly CustomDetectorSpec[],
  loadRe2: () => Promise<Re2Engine>,
): Promise<{ detectors: Detector[]; errors: CustomDetectorError[] }> {
  const detectors: Detector[] = [];
  const errors: CustomDetectorError[] = [];
  // re2js is imported only when the policy has a regex rule; if it fails to load, only those rules fail.
  let engine: Re2Engine | string = 'no regex rule';
  if (specs.some((spec) => spec?.kind === 'regex')) {
    engine = await loadRe2().catch((error: unknown) => `the regex engine could not be loaded: ${String(error)}`);
  }
  const seen = new Set<string>();
  for (const spec of specs) {
    const id = typeof spec?.id === 'string' ? spec.id : String(spec?.id);
    try {
      if (!ID.test(id)) throw new Error('the id must be 1 to 63 characters of a-z, 0-9, "-" or "_", starting with a letter or digit');
      if (seen.has(id)) throw new Error('the id is used by another detector');
      seen.add(id);
      const confidence = spec.confidence ?? DEFAULT_CONFIDENCE;
      if (!CONFIDENCES.includes(confidence)) throw new Error('confidence must be "high", "medium" or "low"');
      detectors.push(build(spec, confidence, engine));
    } catch (error) {
      errors.push({ id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { detectors, errors };
}
