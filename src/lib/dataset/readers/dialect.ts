// How a CSV file is written: its delimiter (Udir's «sep=» line, else the most frequent candidate) and where its header starts.
import { parseCsv, type CsvTable } from '../parse';
import type { Problem } from '../problem';

export type Delimiter = ',' | ';' | '\t';

/** The file as a table: the header is the first line with at least two cells, after Udir's «sep=» line and SSB's title lines. */
export function readDelimited(
  file: string,
  text: string,
  onProgress?: (fraction: number) => void
): { table: CsvTable; problems: Problem[]; delimiter: Delimiter; title: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  let skip = 0;
  let delimiter: Delimiter | undefined;
  const sep = /^"?sep=(.)"?$/.exec(lines[0] ?? '');
  if (sep) {
    delimiter = sep[1] as Delimiter;
    skip = 1;
  }
  delimiter ??= guess(lines.slice(0, 20));
  const titleLines: string[] = [];
  while (skip < lines.length - 1 && cellCount(lines[skip], delimiter) < 2) titleLines.push(lines[skip++]);
  const { table, problems } = parseCsv(file, lines.slice(skip).join('\n'), delimiter, onProgress);
  for (const row of table.rows) row.line += skip;
  for (const p of problems) {
    p.line += skip;
    if (/felt, men overskriften/.test(p.message))
      p.message += ` (skilletegnet er «${delimiter === '\t' ? 'tab' : delimiter}»: er det feil i denne raden?)`;
  }
  return { table, problems, delimiter, title: titleLines.join(' ').replace(/"/g, '').trim() };
}

/** The candidate that splits some line of the sample into the most cells (SSB's title lines have one; decimal commas split less than semicolons). */
function guess(sample: string[]): Delimiter {
  const candidates: Delimiter[] = [',', ';', '\t'];
  const score = (d: Delimiter) => Math.max(...sample.map((l) => cellCount(l, d)));
  return candidates.reduce((best, d) => (score(d) > score(best) ? d : best));
}

/** Cells in a line, quotes respected (a rough count: enough to choose a delimiter and find the header). */
function cellCount(line: string, delimiter: string): number {
  let cells = line.trim() === '' ? 0 : 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) cells++;
  }
  return cells;
}

/** Value cells with a decimal comma and a decimal point both in one file: the minority are reported, since one of them is wrong. */
export function mixedDecimals(
  file: string,
  cells: { text: string; line: number; column: string }[]
): Problem[] {
  const comma = cells.filter((c) => /^[+-]?\d*,\d+$/.test(c.text.trim()));
  const point = cells.filter((c) => /^[+-]?\d*\.\d+$/.test(c.text.trim()));
  if (!comma.length || !point.length) return [];
  const [minority, mark, other] =
    comma.length < point.length ? [comma, 'komma', 'punktum'] : [point, 'punktum', 'komma'];
  return minority.slice(0, 20).map((c) => ({
    file,
    line: c.line,
    column: c.column,
    message: `«${c.text}» har desimal${mark}, men resten av filen bruker desimal${other}: blandede desimaltegn`
  }));
}
