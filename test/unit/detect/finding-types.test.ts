import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_TYPES } from '../../../utils/detect/finding-types';
import { DEFAULT_DETECTORS } from '../../../utils/detect/scan';

// The shared vocabulary lives beside the repository (../shared), as in CI; a clone without it can only
// check the embedded list, so the comparison runs where the document is present.
const SHARED = new URL('../../../../shared/finding-types.md', import.meta.url);

describe('finding-type vocabulary', () => {
  it.runIf(existsSync(SHARED))('the embedded list is exactly the shared vocabulary', () => {
    const doc = readFileSync(SHARED, 'utf8');
    const shared = [...doc.matchAll(/^\| `((?:pii|secret|confidential|code)\.[a-z_]+)` \|/gm)].map((m) => m[1]);
    expect([...FINDING_TYPES].sort()).toEqual(shared.sort());
  });

  it('every built-in detector reports a vocabulary type', () => {
    const known = new Set<string>(FINDING_TYPES);
    expect(DEFAULT_DETECTORS.filter((d) => !known.has(d.type)).map((d) => `${d.id}: ${d.type}`)).toEqual([]);
  });

  it('detector ids are unique', () => {
    const ids = DEFAULT_DETECTORS.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
