import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDoc, CORPUS_SPECS, generateCorpus, serialize } from '../../fixtures/corpus/build';
import { CORPUS_DIR } from '../../eval/corpus';

describe('evaluation corpus', () => {
  it('is generated deterministically and the committed files are up to date (npm run gen:corpus)', () => {
    for (const spec of CORPUS_SPECS) {
      const prefix = spec.file.replace('.jsonl', '');
      const first = serialize(generateCorpus(spec.seed, spec.count, prefix));
      const second = serialize(generateCorpus(spec.seed, spec.count, prefix));
      expect(second === first, `${spec.file}: two runs differ`).toBe(true);
      const onDisk = readFileSync(join(CORPUS_DIR, spec.file), 'utf8');
      expect(onDisk === first, `${spec.file} is stale: run npm run gen:corpus`).toBe(true);
    }
  }, 30_000);

  it('has well-formed labels', () => {
    const docs = generateCorpus(CORPUS_SPECS[1].seed, 200, 'check');
    for (const doc of docs) expect(() => checkDoc(doc)).not.toThrow();
  });

  it('draws the train and holdout files from different seeds', () => {
    expect(CORPUS_SPECS[0].seed).not.toBe(CORPUS_SPECS[1].seed);
  });
});
