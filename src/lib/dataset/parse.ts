// The only papaparse user: CSV text ⇄ rows, keeping each row's 1-based line number for error messages.
import Papa from 'papaparse';
import type { Problem } from './problem';

/** One data row: its physical line in the file (1 = header) and its cells by column name. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/** A parsed CSV file: the header in file order and the data rows, blank lines skipped. */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** Parses CSV text (BOM stripped, RFC 4180 quoting); rows with a wrong number of cells become Problems. `onProgress` gets 0-1 as it goes. */
export function parseCsv(
  file: string,
  text: string,
  delimiter = ',',
  onProgress?: (fraction: number) => void
): { table: CsvTable; problems: Problem[] } {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: { line: number; cells: string[] }[] = [];
  let counted = 0;
  let newlines = 0;
  let previousEnd = -1;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    step(result) {
      const upTo = previousEnd + 1;
      for (let i = counted; i < upTo; i++) if (body.charCodeAt(i) === 10) newlines++;
      counted = Math.max(counted, upTo);
      previousEnd = result.meta.cursor;
      const cells = result.data;
      if (onProgress && records.length % 10_000 === 0) onProgress(result.meta.cursor / body.length);
      if (cells.length === 1 && cells[0] === '') return;
      records.push({ line: newlines + 1, cells });
    }
  });
  const [head, ...data] = records;
  const header = head?.cells ?? [];
  const problems: Problem[] = repeatedNames(file, header);
  // with a name twice, one column would silently win over the other: no row is read
  if (problems.length) return { table: { header, rows: [] }, problems };
  const rows: CsvRow[] = [];
  for (const record of data) {
    if (record.cells.length !== header.length) {
      problems.push({
        file,
        line: record.line,
        column: '',
        message: `raden har ${record.cells.length} felt, men overskriften har ${header.length}`
      });
      continue;
    }
    rows.push({
      line: record.line,
      values: Object.fromEntries(header.map((name, i) => [name, record.cells[i]]))
    });
  }
  return { table: { header, rows }, problems };
}

/** A problem on line 1 for each column name the header repeats (empty names, e.g. trailing delimiters, are left alone). */
function repeatedNames(file: string, header: string[]): Problem[] {
  const places = new Map<string, number[]>();
  header.forEach((name, i) => {
    if (name.trim()) places.set(name.trim(), [...(places.get(name.trim()) ?? []), i + 1]);
  });
  return [...places]
    .filter(([, at]) => at.length > 1)
    .map(([name, at]) => ({
      file,
      line: 1,
      column: name,
      message: `kolonnen «${name}» står flere ganger i overskriften (kolonne ${at.join(' og ')}): det er uklart hvilken som gjelder`
    }));
}

/** Problems for columns the file must have but lacks (reported on line 1, the header). */
export function missingColumns(file: string, table: CsvTable, required: string[]): Problem[] {
  return required
    .filter((column) => !table.header.includes(column))
    .map((column) => ({ file, line: 1, column, message: `kolonnen «${column}» mangler i overskriften` }));
}

/**
 * CSV text with a header row: comma, RFC 4180 quoting, '\n' line ends, empty cell for null. With `quoteText`, every
 * text cell is quoted (numbers stay bare), so a spreadsheet that splits on «;» cannot find a formula inside one.
 */
export function formatCsv(
  columns: readonly string[],
  rows: Record<string, unknown>[],
  { quoteText = false } = {}
): string {
  const data = rows.map((row) => columns.map((column) => cell(row[column])));
  const options = { newline: '\n', quotes: (v: unknown) => quoteText && typeof v === 'string' && v !== '' };
  const header = Papa.unparse([[...columns]], { newline: '\n' });
  const body = data.length ? `\n${Papa.unparse(data, options)}` : '';
  return `${header}${body}`.replace(/\n*$/, '\n');
}

/** A cell as Papa writes it: null empty, a finite number as its digits (5.7, -0.3), anything else as text. */
function cell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return Object.is(value, -0) ? 0 : value;
  }
  return String(value);
}
