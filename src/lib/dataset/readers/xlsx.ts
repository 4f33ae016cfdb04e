// Reads the first sheet of an xlsx file with read-excel-file, loaded on demand (only the upload page's worker and Node fetch it).
import type { Problem } from '../problem';

/** A sheet cell as read-excel-file gives it. */
export type XlsxCell = string | number | boolean | Date | null;

/** Rows of the first sheet, top row first (leading empty rows kept, so row i of the array is sheet row i + 1). */
export async function readSheet(bytes: Uint8Array): Promise<XlsxCell[][]> {
  const { default: readXlsx } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = (await readXlsx(buffer)) as { sheet: string; data: XlsxCell[][] }[];
  return sheets[0]?.data ?? [];
}

/** A sheet whose first row is the header: the header as text, the data rows (row i is sheet row i + 2), absent required columns. */
export function sheetTable(
  sheet: XlsxCell[][],
  file: string,
  required: string[]
): { header: string[]; rows: XlsxCell[][]; problems: Problem[] } {
  const [headerRow = [], ...rows] = sheet;
  const header = headerRow.map((cell) => String(cell ?? ''));
  const problems = required
    .filter((name) => !header.includes(name))
    .map((name) => ({ file, line: 1, column: name, message: `kolonnen «${name}» mangler i overskriften` }));
  return { header, rows, problems };
}
