// What every importer shares: reading a raw file, naming it, and turning a cell into a value or a Problem.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '../../src/lib/dataset/draft';
import { readCell } from '../../src/lib/dataset/missing';
import type { Problem } from '../../src/lib/dataset/problem';

/** What an importer returns: drafts for combine(), and problems found while reading. */
export interface Imported {
  drafts: Draft[];
  problems: Problem[];
}

/** An importer reads its raw files below rawDir (a copy of data/raw) and knows which files it reads. */
export interface Importer {
  name: string;
  files: string[]; // paths relative to data/raw
  run(rawDir: string): Promise<Imported>;
}

/** The name a raw file has in sources and messages: 'data/raw/fhi/barnevern.csv', whatever rawDir is. */
export const label = (file: string) => `data/raw/${file}`;

export const readText = (rawDir: string, file: string) => readFile(join(rawDir, file), 'utf8');
export const readBytes = (rawDir: string, file: string) => readFile(join(rawDir, file));

/** Where a value sits, for Problems and the `source` column. */
export type Place = Pick<Draft, 'file' | 'line' | 'column'>;

/**
 * A cell as value-or-missing in the indicator's unit (`scale` turns a number into that unit),
 * or a Problem ««abc» er ikke et tall» at its place.
 */
export function cellValue(
  raw: string | number | null | undefined,
  place: Place,
  scale: (n: number) => number,
  dashIsZero = false
): Pick<Draft, 'value' | 'missing'> | Problem {
  const cell = readCell(raw, dashIsZero);
  if (cell.value === undefined) return { ...place, message: `«${cell.text}» er ikke et tall` };
  return cell.value === null
    ? { value: null, missing: cell.missing }
    : { value: scale(cell.value), missing: '' };
}

export const isProblem = (x: object): x is Problem => 'message' in x;

/** The year in a source's year cell: '2022-01-01' → 2022, '2021' → 2021; undefined when there is none. */
export function yearOf(text: string): number | undefined {
  const match = /^(\d{4})(-\d\d-\d\d)?$/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}
