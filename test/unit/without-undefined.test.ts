import { describe, expect, it } from 'vitest';
import { withoutUndefined } from '../../utils/without-undefined';

describe('withoutUndefined', () => {
  it('leaves out undefined fields only, keeping the others in their order', () => {
    const copy = withoutUndefined({ action: 'allow', ruleId: undefined, count: 0, reason: null, masked: false, message: undefined });
    expect(copy).toEqual({ action: 'allow', count: 0, reason: null, masked: false });
    expect(Object.keys(copy)).toEqual(['action', 'count', 'reason', 'masked']);
    expect(JSON.parse(JSON.stringify(copy))).toStrictEqual(copy);
  });

  it('returns a copy: the original keeps its fields', () => {
    const original = { id: 'a', note: undefined };
    expect(withoutUndefined(original)).not.toBe(original);
    expect('note' in original).toBe(true);
  });
});
