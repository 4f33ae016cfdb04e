// Files taken in with `npm run import`: kept as downloaded in data/raw/imports/, listed in imports.csv, read with the upload page's code.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { keyOf } from '../../src/lib/dataset/diff';
import { preview, type Preview } from '../../src/lib/dataset/preview';
import type { Target } from '../../src/lib/dataset/readers/target';
import { parseCsv } from '../../src/lib/dataset/parse';
import type { Problem } from '../../src/lib/dataset/problem';
import type { Indicator, Observation } from '../../src/lib/dataset/schema';
import { readDescription } from '../../src/lib/dataset/describe';
import { readUpload, type UploadResult } from '../../src/lib/dataset/upload';
import type { Database } from '../../src/lib/db/database';
import { loadedRows } from '../../src/lib/db/uploads';

export const IMPORTS = 'imports';
export const MANIFEST = `${IMPORTS}/imports.csv`;
export const MANIFEST_COLUMNS = ['file', 'indicator', 'imported'];

/** One imported file: its name in data/raw/imports, the indicator chosen for it ('' when the file says), the date. */
export interface Imported {
  file: string;
  indicator: string;
  imported: string;
}

/** The manifest's entries, in the order they were imported (later files win). */
export async function manifest(rawDir: string): Promise<Imported[]> {
  const path = join(rawDir, MANIFEST);
  if (!existsSync(path)) return [];
  return parseCsv(`data/raw/${MANIFEST}`, await readFile(path, 'utf8')).table.rows.map(
    (r) => r.values as unknown as Imported
  );
}

/** The description of a new indicator kept beside an imported file: data/raw/imports/<file>.indicator.json. */
export const described = (file: string) => `${file}.indicator.json`;

/** The indicators described beside imported files (they join the catalogue in indicators.csv), or the problems in them. */
export async function describedIndicators(
  rawDir: string
): Promise<{ indicators: Indicator[]; problems: Problem[] }> {
  const indicators: Indicator[] = [];
  const problems: Problem[] = [];
  for (const entry of await manifest(rawDir)) {
    const path = join(rawDir, IMPORTS, described(entry.file));
    if (!existsSync(path)) continue;
    const today = entry.imported;
    const read = readDescription(
      `data/raw/${IMPORTS}/${described(entry.file)}`,
      await readFile(path, 'utf8'),
      today
    );
    if (Array.isArray(read)) problems.push(...read);
    else indicators.push(read);
  }
  return { indicators, problems };
}

/** Reads one file as the upload page does; its rows' source names data/raw/imports/<file>:<line>. */
export function readImport(name: string, bytes: Uint8Array, indicators: Target[], chosen?: string) {
  const sourceOf = (file: string, line: number) => `data/raw/${IMPORTS}/${file}:${line}`;
  return readUpload(name, bytes, {
    indicators,
    chosen: chosen || undefined,
    thisYear: new Date().getFullYear(),
    sourceOf
  });
}

/** What `npm run import` (and its --dry-run) makes of one file: the upload result and, for rows, the page's preview (diff, mismatches). */
export async function compareImport(
  db: Database,
  name: string,
  bytes: Uint8Array,
  indicators: Target[],
  chosen?: string
): Promise<{ result: UploadResult; preview?: Preview }> {
  const result = await readImport(name, bytes, indicators, chosen);
  if (result.kind !== 'rows') return { result };
  return { result, preview: preview(result, await loadedRows(db, result.indicators), indicators) };
}

/** Every imported row, later files replacing earlier ones by key, or the problems. */
export async function importedRows(
  rawDir: string,
  indicators: Target[]
): Promise<{ rows: Observation[]; problems: Problem[] }> {
  const rows = new Map<string, Observation>();
  const problems: Problem[] = [];
  for (const entry of await manifest(rawDir)) {
    const result = await readImport(
      entry.file,
      new Uint8Array(await readFile(join(rawDir, IMPORTS, entry.file))),
      indicators,
      entry.indicator
    );
    if (result.kind === 'problems') problems.push(...result.problems);
    else if (result.kind === 'choose')
      problems.push({
        file: `data/raw/${MANIFEST}`,
        line: 1,
        column: 'indicator',
        message: `${entry.file}: ${result.reason}; oppgi indikator`
      });
    else for (const row of result.rows) rows.set(keyOf(row), row);
  }
  return { rows: [...rows.values()], problems };
}
