/**
 * Context from tables: in a CSV, TSV or pipe table, the words that say what a value is stand in its column's
 * header, often many rows above, while the cells next to it on its line belong to other columns.
 */

// The rows seen last, for the next row of the same table: the text, where its header line starts, where the
// last row seen ends, and the header's cells (null when the table has none).
let last: { ofText: string; headerAt: number; rowsEnd: number; cellCount: number; cells: string[] | null } | undefined;
// The start and end of the line seen last that is not a table row, in `plainText`: the other values on the same line
// (a paragraph can hold many) are outside a table too, without searching back for its start (on a line of 1 MB, as
// long as the line for each value in it) or splitting it again.
let plainText: string | undefined;
let plainStart = -1;
let plainEnd = -1;

// A line without its quoted cells' contents: a separator inside quotes ("1,234.50", "Paris, France") does not
// split cells.
const unquoted = (line: string) => line.replace(/"[^"\n]*"/g, '');

/**
 * True when cells cannot be a header's: one is longer than 40 characters, starts with a digit or "+", or holds a JSON
 * key and its value (a JSON object's lines end with commas, as rows do: "phone": "07628 458478",).
 */
const notHeader = (cells: string[]) => cells.some((cell) => cell.length > 40 || /^\s*["']?[\d+]|":/.test(cell));

/**
 * The header cell (lower-case, "_" and "-" read as spaces) of the column that holds offset `at`, when its line
 * is a table row (tab, ";", "|" or "," separated, or an HTML row whose cells "</td>" and "</th>" end) under a
 * header: the top line of the run of lines above with as many cells, made of short cells none of which starts
 * with a digit. Undefined outside a table.
 */
export function columnHeader(text: string, at: number): string | undefined {
  if (plainText === text && at >= plainStart && at <= plainEnd) return;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const row = text.slice(start, text.indexOf('\n', at) >>> 0);
  const line = unquoted(row);
  const sep = ['</t', '\t', ';', '|', ','].find((s) => line.includes(s));
  plainText = text;
  plainStart = start;
  plainEnd = start + row.length;
  if (!sep) return;
  const count = line.split(sep).length;
  let top = start;
  // The start of the line whose upper neighbour is read next: top, or a border above it.
  let next = start;
  // Whether a border was passed: the first row above it is the header.
  let border = false;
  let cells: string[] | null | undefined;
  // The cells of the line above the rows.
  let upper: string[] = [];
  // Walks up the rows with as many cells (200 at most), or to the row after the last one seen, over a border of the kind
  // Spark's show(), MySQL and psql draw between the header and the rows (+------+-----+, -------+------; not a line of
  // dashes, which underlines a heading or ends a greeting above a table).
  for (let rows = 0; next > 0 && rows < 200; rows++) {
    if (last?.ofText === text && top > last.headerAt && top <= last.rowsEnd + 1 && last.cellCount === count) {
      ({ cells, headerAt: top } = last);
      break;
    }
    const above = text.lastIndexOf('\n', next - 2) + 1;
    const line = text.slice(above, next - 1);
    next = above;
    if (/^[-+]*-\+[-+]*$/.test(line)) {
      border = true;
      continue;
    }
    upper = unquoted(line).split(sep);
    if (upper.length !== count) break;
    top = above;
    if (border) break;
  }
  // The header's cells, unless the rows seen before gave them (or gave none: null).
  if (cells === undefined) {
    const header = text.slice(top, text.indexOf('\n', top));
    // An HTML table's header row is one of <th> cells: without one, the top row is data, not what the column holds.
    cells = sep == '</t' && !header.includes('</th') ? null : header.split(sep);
    if (cells && notHeader(cells)) cells = null;
    // A header of three cells or more over rows with one more (a name or an address with an unquoted comma splits them)
    // still names their first column; not a sentence ending with a colon ("Order update, urgent, please call:").
    if (!cells && upper.length > 2 && upper.length == count - 1 && !upper.join().includes(':') && !notHeader(upper)) cells = upper.slice(0, 1);
    else if (top === start) return;
  }
  plainText = undefined;
  // Where the row ends in the text (its quoted cells included), so that the next row finds it.
  last = { ofText: text, headerAt: top, rowsEnd: start + row.length, cellCount: count, cells };
  return cells?.[unquoted(text.slice(start, at)).split(sep).length - 1]?.toLowerCase().replace(/[_-]/g, ' ');
}

/** The header's cells of the table whose row holds offset `at`, when its column has a header (see columnHeader). */
export function headerCells(text: string, at: number): string[] | undefined {
  return columnHeader(text, at) === undefined ? undefined : last!.cells!;
}

/** Forgets the table seen last, so that a scanned text is not kept in memory. */
export function forgetColumns(): void {
  last = undefined;
  plainText = undefined;
}
