// Reads the first sheet of an xlsx file as rows of cells; row i of the array is sheet row i + 1.
import readExcelFile from 'read-excel-file/node';
import type { Problem } from '../../src/lib/dataset/problem';

/** A sheet cell as read-excel-file gives it. */
export type XlsxCell = string | number | boolean | Date | null;

/** Rows of the first sheet, top row first (leading empty rows kept so indexes match sheet rows). */
export async function readSheet(bytes: Buffer): Promise<XlsxCell[][]> {
  const sheets = (await readExcelFile(bytes)) as { sheet: string; data: XlsxCell[][] }[];
  return sheets[0].data;
}

/** A sheet whose first row is the header: the header as text, the data rows (row i is sheet row i + 2), absent required columns. */
export async function readTable(
  bytes: Buffer,
  file: string,
  required: string[]
): Promise<{ header: string[]; rows: XlsxCell[][]; problems: Problem[] }> {
  const [headerRow = [], ...rows] = await readSheet(bytes);
  const header = headerRow.map((cell) => String(cell ?? ''));
  const problems = required
    .filter((name) => !header.includes(name))
    .map((name) => ({ file, line: 1, column: name, message: `kolonnen «${name}» mangler i overskriften` }));
  return { header, rows, problems };
}
