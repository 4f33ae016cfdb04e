// Accepted uploads in DuckDB: each one replaces the rows it carries, all or nothing, and can be taken back by replaying the rest.
import { formatCsv } from '$lib/dataset/parse';
import {
  INDICATOR_COLUMNS,
  OBSERVATION_COLUMNS,
  type Indicator,
  type Observation
} from '$lib/dataset/schema';
import type { Database } from './database';
import { createTableSql, EXTRACT_FILES } from './load';
import { DIRECTORIES } from './lockdown';
import type { Upload } from '$lib/upload/record';

// The record lives with the browser store that keeps it, so upload/ never imports db/.
export type { Upload };

let serial = 0;

/** Rows now loaded for these indicators (what an upload is compared with). */
export function loadedRows(db: Database, indicators: string[]): Promise<Observation[]> {
  if (!indicators.length) return Promise.resolve([]);
  return db.all<Observation>(
    `SELECT * FROM observation WHERE indicator IN (${indicators.map(() => '?').join(', ')})`,
    indicators
  );
}

/** Applies one upload in a transaction: its described indicators are added, its rows replace the rows with the same key. */
export async function applyUpload(db: Database, upload: Upload): Promise<void> {
  const name = `${DIRECTORIES.uploads}opplasting-${++serial}.csv`;
  await db.registerText(
    name,
    formatCsv(Object.keys(OBSERVATION_COLUMNS), upload.rows as unknown as Record<string, unknown>[])
  );
  await db.exec('BEGIN TRANSACTION');
  try {
    for (const indicator of upload.newIndicators) {
      const columns = Object.keys(INDICATOR_COLUMNS) as (keyof Indicator)[];
      await db.all(`DELETE FROM indicator WHERE id = ?`, [indicator.id]);
      await db.all(
        `INSERT INTO indicator VALUES (${columns.map(() => '?').join(', ')})`,
        columns.map((c) => indicator[c])
      );
    }
    await db.exec(
      createTableSql('upload_rows', [name], OBSERVATION_COLUMNS).replace(
        'CREATE OR REPLACE TABLE',
        'CREATE OR REPLACE TEMP TABLE'
      )
    );
    await db.exec(
      `DELETE FROM observation o USING upload_rows u
        WHERE o.indicator = u.indicator AND o.geo = u.geo AND o.period = u.period AND o.breakdown = u.breakdown`
    );
    await db.exec('INSERT INTO observation SELECT * FROM upload_rows');
    await db.exec('DROP TABLE upload_rows');
    await db.exec('COMMIT');
  } catch (e) {
    await db.exec('ROLLBACK');
    throw e;
  }
}

/** Puts the published observations and indicators back (the extract files stay registered), then replays `uploads` in order. */
export async function replay(db: Database, uploads: Upload[], path: (file: string) => string): Promise<void> {
  await db.exec(createTableSql('observation', EXTRACT_FILES.observation.map(path), OBSERVATION_COLUMNS));
  await db.exec(createTableSql('indicator', EXTRACT_FILES.indicator.map(path), INDICATOR_COLUMNS));
  for (const upload of uploads) await applyUpload(db, upload);
}
