// Reads every raw file of a raw directory through the reader registry and returns the extract files as CSV text, or the problems found.
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { combine, type Harmonised } from '../src/lib/dataset/combine';
import { sourceOf } from '../src/lib/dataset/draft';
import { GEOGRAPHIES } from '../src/lib/dataset/geographies';
import { formatCsv } from '../src/lib/dataset/parse';
import { formatProblem, type Problem } from '../src/lib/dataset/problem';
import {
  FAMILIES,
  GEOGRAPHY_COLUMNS,
  GOAL_COLUMNS,
  INDICATOR_COLUMNS,
  OBSERVATION_COLUMNS,
  PLAN_FIGURE_COLUMNS,
  type Observation
} from '../src/lib/dataset/schema';
import { validate } from '../src/lib/dataset/validate';
import { GOALS } from './catalogue/goals';
import { INDICATORS } from '../src/lib/dataset/catalogue/index';
import { PLAN_FIGURES } from './catalogue/plan-figures';
import { readRawFiles } from '../src/lib/server/rawFiles';
import { describedIndicators, importedRows } from './importers/imports';
import { keyOf } from '../src/lib/dataset/diff';
import { buildMap, MAP_FILE } from './maps';

/** The files of data/ by name ('levekar.csv', 'indicators.csv' …) and every problem; files are empty when there are problems. */
export interface Extracts {
  files: Map<string, string>;
  problems: Problem[];
}

const columns = (spec: object) => Object.keys(spec);
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Observation rows sorted by indicator, geo, breakdown, year, period. */
export function toObservations(rows: Harmonised[]): Observation[] {
  return sortObservations(
    rows.map((r) => ({
      indicator: r.indicator,
      geo: r.geo,
      period: r.period,
      year: r.year,
      breakdown: r.breakdown,
      value: r.value,
      missing: r.missing,
      note: r.note,
      source: sourceOf(r)
    }))
  );
}

function sortObservations(rows: Observation[]): Observation[] {
  return rows.sort(
    (a, b) =>
      compare(a.indicator, b.indicator) ||
      compare(a.geo, b.geo) ||
      compare(a.breakdown, b.breakdown) ||
      a.year - b.year ||
      compare(a.period, b.period)
  );
}

function unique(problems: Problem[]): Problem[] {
  const seen = new Map(problems.map((p) => [formatProblem(p), p]));
  return [...seen.values()].sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || compare(a.column, b.column)
  );
}

/** Reads rawDir (a directory laid out like data/raw) into the extract files; deterministic for the same input. */
export async function buildExtracts(rawDir: string): Promise<Extracts> {
  const imported = await readRawFiles(rawDir);
  const combined = combine(imported.drafts);
  // Indicators described with `npm run import --describe` join the catalogue.
  const described = await describedIndicators(rawDir);
  const catalogue = [...INDICATORS, ...described.indicators];
  const later = await importedRows(rawDir, catalogue);
  const problems = unique([
    ...imported.problems,
    ...combined.problems,
    ...validate(combined.rows, INDICATORS),
    ...described.problems,
    ...later.problems
  ]);
  const files = new Map<string, string>();
  if (problems.length > 0) return { files, problems };
  // Files taken in with `npm run import` replace the rows they carry (a revised series wins over the older download).
  const replaced = new Set(later.rows.map(keyOf));
  const observations = sortObservations([
    ...toObservations(combined.rows).filter((o) => !replaced.has(keyOf(o))),
    ...later.rows
  ]);
  const familyOf = new Map(catalogue.map((i) => [i.id, i.family]));
  for (const family of FAMILIES) {
    const rows = observations.filter((o) => familyOf.get(o.indicator) === family.id);
    files.set(
      `${family.id}.csv`,
      formatCsv(columns(OBSERVATION_COLUMNS), rows as unknown as Record<string, unknown>[])
    );
  }
  files.set(
    'indicators.csv',
    formatCsv(columns(INDICATOR_COLUMNS), catalogue as unknown as Record<string, unknown>[])
  );
  files.set(
    'geographies.csv',
    formatCsv(columns(GEOGRAPHY_COLUMNS), GEOGRAPHIES as unknown as Record<string, unknown>[])
  );
  files.set('goals.csv', formatCsv(columns(GOAL_COLUMNS), GOALS as unknown as Record<string, unknown>[]));
  files.set(
    'plan-figures.csv',
    formatCsv(columns(PLAN_FIGURE_COLUMNS), PLAN_FIGURES as unknown as Record<string, unknown>[])
  );
  files.set(MAP_FILE, buildMap(rawDir));
  return { files, problems };
}

/** Writes the extract files into outDir all at once: written to a temporary directory first, then renamed into place. */
export async function writeExtracts(outDir: string, files: Map<string, string>): Promise<void> {
  const temp = await mkdtemp(join(outDir, '.extracts-'));
  try {
    for (const [name, text] of files) await writeFile(join(temp, name), text, 'utf8');
    for (const name of files.keys()) await rename(join(temp, name), join(outDir, name));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
