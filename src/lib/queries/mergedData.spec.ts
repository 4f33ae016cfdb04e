// The merged export uploads back unchanged, so an analyst can move uploads to another browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openNodeExtracts } from '$lib/db/node';
import type { Database } from '$lib/db/database';
import { diff } from '$lib/dataset/diff';
import { exportCsv } from '$lib/dataset/export';
import { OBSERVATION_COLUMNS, type Indicator, type Observation } from '$lib/dataset/schema';
import { readUpload } from '$lib/dataset/upload';
import { mergedData } from './mergedData';

let db: Database & { close(): void };
beforeAll(async () => {
  db = await openNodeExtracts();
});
afterAll(() => db?.close());

test('«Eksporter samlede data» reads back through the upload as every row unchanged, plan figures included', async () => {
  const rows = await mergedData(db);
  const indicators = await db.all<Indicator>('SELECT * FROM indicator');
  const csv = exportCsv(Object.keys(OBSERVATION_COLUMNS), rows);
  const r = await readUpload('alle.csv', new TextEncoder().encode(csv), { indicators, thisYear: 2026 });
  if (r.kind !== 'rows') throw new Error(JSON.stringify(r).slice(0, 500));
  expect(r.rows).toHaveLength(rows.length);
  expect(rows.some((o) => o.period === 'Folkehelseprofil 2023')).toBe(true);
  const d = diff(r.rows, rows as unknown as Observation[]);
  expect([d.added.length, d.changed.length, d.unchanged]).toEqual([0, 0, rows.length]);
  // every field but where the row came from: notes and missing reasons too (DuckDB reads an empty text as NULL)
  const bare = (o: Partial<Record<keyof Observation, unknown>>) => ({
    ...o,
    missing: o.missing ?? '',
    note: o.note ?? '',
    source: undefined
  });
  const i = r.rows.findIndex((o, k) => JSON.stringify(bare(o)) !== JSON.stringify(bare(rows[k])));
  expect(i < 0 ? [] : [bare(r.rows[i]), bare(rows[i])]).toEqual([]);
});

test('one family only', async () => {
  const rows = await mergedData(db, 'levekar');
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((o) => o.indicator))).toContain('barn_en_forsorger');
});
