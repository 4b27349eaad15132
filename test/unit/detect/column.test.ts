import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it.each([
    ['an HTML table', '<table>\n<tr><th>Nom</th><th>SIREN</th></tr>\n<tr><td>Dupont</td><td>VALUE</td></tr>\n</table>', 'siren'],
    ['an HTML table with attributes', '<tr><th class="h">Name</th><th>SSN</th></tr>\n<tr><td>Ann</td><td>x</td></tr>\n<tr><td class="c">Bob</td><td>VALUE</td></tr>', 'ssn'],
    ['a markdown table', '| Nom | SIREN |\n|---|---|\n| Dupont | VALUE |', ' siren '],
    ['a tab-separated table', 'nom\tsiren\nDupont\tVALUE', 'siren'],
    // Spark's show() and psql draw borders above and below the header.
    ['a Spark table, first row', '+------+-----+\n|  name|siren|\n+------+-----+\n|Dupont|VALUE|\n|Martin|  612|\n+------+-----+', 'siren'],
    ['a Spark table, a later row', '+------+-----+\n|  name|siren|\n+------+-----+\n|Martin|  612|\n|Dupont|VALUE|\n+------+-----+', 'siren'],
    ['a psql table', ' name   | siren\n--------+-------\n Dupont | VALUE', ' siren'],
    ['the second of two Spark tables printed one after the other', '+----+-----+\n|name|siren|\n+----+-----+\n|Ann |  612|\n+----+-----+\n+----+-----+\n|name|phone|\n+----+-----+\n|Bob |VALUE|\n+----+-----+', 'phone'],
    ['a CSV under a greeting and a line of dashes', 'Hi Tom,\nHere is the list you asked for, see below.\n-----\nname,ssn\nAlice,VALUE', 'ssn'],
  ])('finds the header of a cell in %s', (_name, text, header) => {
    expect(columnHeader(text, text.indexOf('VALUE'))).toContain(header);
  });

  it.each([
    ['an HTML table without a header row, first row', '<tr><td>Dupont</td><td>VALUE</td></tr>\n<tr><td>Martin</td><td>612</td></tr>'],
    ['an HTML row alone', 'see <tr><td>Dupont</td><td>VALUE</td></tr>'],
    ['an HTML table without <th> cells, second row (the first row is data)', '<tr><td>Dupont</td><td>612</td></tr>\n<tr><td>Martin</td><td>VALUE</td></tr>'],
  ])('reads no header in %s', (_name, text) => {
    expect(columnHeader(text, text.indexOf('VALUE'))).toBeUndefined();
  });

  it.each([
    ['its first row', 0],
    ['a later row', 1],
  ])('names the first column of rows with more cells than their header (an unquoted comma in a name), in %s', (_name, row) => {
    // Synthetic rows: the names hold a comma, so each row has one cell more than the header.
    const text = 'Id,Name,Email,LeadSource\n778166548,Khan,Marcus,a@b.test,web\n913175492,Turner,Ann,c@d.test,MQL';
    const at = text.indexOf(['778166548', '913175492'][row]);
    expect(columnHeader(text, at)).toBe('id');
    // The other columns' headers are unknown: the comma may have split any cell before them.
    expect(columnHeader(text, text.indexOf('@', at) - 1)).toBeUndefined();
  });

  it.each([
    ['a sentence of two parts', 'Hello team, the export:\n778166548,Khan,Marcus,web\n913175492,Turner,Ann,MQL'],
    ['a line of numbers', '1,2,3\n778166548,Khan,Marcus,web\n913175492,Turner,Ann,MQL'],
    ['a sentence ending with a colon', 'Order update, urgent, call:\n778166548,Khan,Marcus,web\n913175492,Turner,Ann,MQL'],
    ['a sentence two cells short', 'Order update, urgent, thanks\n778166548,Khan,Marcus,web,x\n913175492,Turner,Ann,MQL,y'],
  ])('reads no header above rows with more cells in %s', (_name, text) => {
    expect(columnHeader(text, text.indexOf('913175492'))).toBeUndefined();
  });

  it('reads no header for a line outside a table', () => {
    expect(columnHeader('Call me on 601 92 5712, please.', 12)).toBeUndefined();
  });

  it('reads a long line outside a table once, not once for each value in it', () => {
    // One line of 2,000 numbers (a minified export, a pasted list): searching back for its start at each value
    // would cost the line's length each time, quadratic in the paste. Synthetic numbers.
    const text = 'Notes\n' + Array.from({ length: 2000 }, (_, i) => `& note 06${String(12345678 + i)}`).join(' ');
    const searches = vi.spyOn(String.prototype, 'lastIndexOf');
    const headers: (string | undefined)[] = [];
    for (let at = text.indexOf('06'); at >= 0; at = text.indexOf(' 06', at + 1) + 1 || -1) headers.push(columnHeader(text, at));
    const calls = searches.mock.calls.length;
    searches.mockRestore();
    expect(headers).toHaveLength(2000);
    expect(headers.every((header) => header === undefined)).toBe(true);
    expect(calls).toBe(1);
  });
});
