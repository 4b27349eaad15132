import { afterEach, describe, expect, it } from 'vitest';
import { columnHeader, forgetColumns } from '../../../utils/detect/column';

afterEach(forgetColumns);

describe('columnHeader', () => {
  it('finds the header of every row of a long quoted CSV read in order, far past the 200 rows it walks up at most', () => {
    // Quoted cells that hold the separator ("Doe, Ann"): the rows seen are remembered from one to the next, so
    // row 300 finds the header through them, not by walking up 300 rows.
    const rows = Array.from({ length: 300 }, (_, i) => `"${i + 1}","Doe, Ann","601 92 5712"`);
    const text = ['"id","name","ssn"', ...rows].join('\n');
    const headers: (string | undefined)[] = [];
    for (let at = text.indexOf('601 92'); at >= 0; at = text.indexOf('601 92', at + 1)) headers.push(columnHeader(text, at));
    expect(headers).toHaveLength(300);
    expect(new Set(headers)).toEqual(new Set(['"ssn"']));
  });

  it('reads no header for a line outside a table', () => {
    expect(columnHeader('Call me on 601 92 5712, please.', 12)).toBeUndefined();
  });
});
