// A CSV file on disk as the project's parser reads it: for Node (the build's settings and the test specs), never the browser.
import { readFileSync } from 'node:fs';
import { parseCsv } from '../dataset/parse.ts';

/** Every row of the CSV file at `path` as column → text, in file order. */
export function csvRows(path: string): Record<string, string>[] {
  return parseCsv(path, readFileSync(path, 'utf8')).table.rows.map((r) => r.values);
}
