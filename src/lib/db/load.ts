// Loads the CSV extracts into typed DuckDB tables: the same SQL text in the browser and in Node.
import {
  FAMILIES,
  GEOGRAPHY_COLUMNS,
  GOAL_COLUMNS,
  INDICATOR_COLUMNS,
  PLAN_FIGURE_COLUMNS,
  OBSERVATION_COLUMNS,
  type Family
} from '$lib/dataset/schema';
import type { Database } from './database';

/** The extract files, by name inside data/. */
export const EXTRACT_FILES = {
  observation: FAMILIES.map((f) => `${f.id}.csv`),
  indicator: ['indicators.csv'],
  geography: ['geographies.csv'],
  goal: ['goals.csv'],
  plan_figure: ['plan-figures.csv']
} as const;

export type ExtractFile =
  `${Family}.csv` | 'indicators.csv' | 'geographies.csv' | 'goals.csv' | 'plan-figures.csv';

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * SQL that creates `table` from CSV files with declared column types, so that codes like '0805'
 * stay text (DuckDB's sniffer would make them 805) and counts never become BigInt.
 */
export function createTableSql(
  table: string,
  files: readonly string[],
  columns: Record<string, string>
): string {
  const cols = Object.entries(columns)
    .map(([name, type]) => `${literal(name)}: ${literal(type)}`)
    .join(', ');
  return (
    `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv([${files.map(literal).join(', ')}], ` +
    `header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', ` +
    `columns = {${cols}})`
  );
}

/** Creates the tables observation, indicator, geography, goal and plan_figure; `path` maps a file name to what DuckDB reads. */
export async function loadExtracts(db: Database, path: (file: string) => string): Promise<void> {
  await db.exec(createTableSql('observation', EXTRACT_FILES.observation.map(path), OBSERVATION_COLUMNS));
  await db.exec(createTableSql('indicator', EXTRACT_FILES.indicator.map(path), INDICATOR_COLUMNS));
  await db.exec(createTableSql('geography', EXTRACT_FILES.geography.map(path), GEOGRAPHY_COLUMNS));
  await db.exec(createTableSql('goal', EXTRACT_FILES.goal.map(path), GOAL_COLUMNS));
  await db.exec(createTableSql('plan_figure', EXTRACT_FILES.plan_figure.map(path), PLAN_FIGURE_COLUMNS));
}
