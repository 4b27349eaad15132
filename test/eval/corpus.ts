/** Locating and loading the evaluation corpus files (test/fixtures/corpus/*.jsonl). */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpus } from '../fixtures/corpus/build';
import type { CorpusDoc } from '../fixtures/corpus/context';

/** Directory holding train.jsonl and holdout.jsonl. */
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus');

/** Path of the held-out corpus that the quality thresholds are checked on. */
export const HOLDOUT_PATH = join(CORPUS_DIR, 'holdout.jsonl');

/** Path of the corpus developers tune on. */
export const TRAIN_PATH = join(CORPUS_DIR, 'train.jsonl');

/** Reads and parses a JSONL corpus file. */
export function loadCorpus(path: string): CorpusDoc[] {
  return parseCorpus(readFileSync(path, 'utf8'));
}
