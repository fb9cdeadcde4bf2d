/**
 * A small RFC 4180 CSV reader: quoted cells may hold commas, doubled quotes and line breaks (Tabiya's alt labels
 * and ESCO's descriptions do), records end in LF or CRLF, and short rows get empty cells. Browser-safe.
 */

/** Splits CSV text into rows of cells. A leading BOM is dropped; a final empty line is not a row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  // True once the current row has content, so a trailing newline does not add an empty row.
  let rowStarted = false;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      // Copy the run up to the next quote in one slice; cells can be long.
      const next = text.indexOf('"', i);
      if (next === -1) throw new CsvError(`unterminated quoted cell in row ${rows.length + 1}`);
      cell += text.slice(i, next);
      i = next;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      rowStarted = true;
      i += 1;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      rowStarted = true;
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      if (rowStarted || cell !== '') {
        row.push(cell);
        rows.push(row);
      }
      row = [];
      cell = '';
      rowStarted = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      let end = i + 1;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 44 /* , */ || c === 10 || c === 13 || c === 34 /* " */) break;
        end += 1;
      }
      cell += text.slice(i, end);
      rowStarted = true;
      i = end;
    }
  }
  if (quoted) throw new CsvError(`unterminated quoted cell in row ${rows.length + 1}`);
  if (rowStarted || cell !== '') {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row; missing trailing cells become ''. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells) => {
    const record: Record<string, string> = {};
    header.forEach((name, index) => {
      record[name] = cells[index] ?? '';
    });
    return record;
  });
}

export class CsvError extends Error {
  override name = 'CsvError';
}
