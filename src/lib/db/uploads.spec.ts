import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { openNodeExtracts } from './node';
import { applyUpload, loadedRows, replay, type Upload } from './uploads';
import { readUpload } from '$lib/dataset/upload';
import { diff } from '$lib/dataset/diff';
import { catalogue, fixture } from '$lib/dataset/fixtures/corpus';
import type { Observation } from '$lib/dataset/schema';

let db: Awaited<ReturnType<typeof openNodeExtracts>>;
beforeAll(async () => {
  db = await openNodeExtracts();
});
afterAll(() => db?.close());

const porsgrunn2024 = async () =>
  (
    await db.all<Observation>(
      `SELECT value, source FROM observation WHERE indicator = 'barnevern_tiltak_0_17' AND geo = '4001' AND period = '2024'`
    )
  )[0];

async function upload(name: string): Promise<Upload> {
  const r = await readUpload(name, fixture(name), { indicators: catalogue(), thisYear: 2026 });
  if (r.kind !== 'rows') throw new Error(r.kind);
  return {
    id: name,
    file: name,
    format: r.format,
    loadedAt: '2026-11-26T00:00:00Z',
    indicators: r.indicators,
    newIndicators: [],
    rows: r.rows,
    counts: { added: 0, changed: 0, unchanged: 0 }
  };
}

describe('uploads in the real DuckDB', () => {
  test('the published FHI file changes nothing; the revision changes exactly the two revised values', async () => {
    const same = await upload('fhi-337-barnevern.json');
    expect(diff(same.rows, await loadedRows(db, same.indicators))).toMatchObject({
      added: [],
      changed: [],
      unchanged: 30
    });
    const revised = await upload('testdata-fhi-337-revidert.json');
    const d = diff(revised.rows, await loadedRows(db, revised.indicators));
    expect(d.changed.map((c) => [c.row.period, c.old.value, c.row.value])).toEqual([
      ['2023', 3.1, null],
      ['2024', 2.7, 2.9]
    ]);
  });

  test('applying replaces the rows with the same key and marks them uploaded; replay without it restores the published value', async () => {
    const before = (await db.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM observation`))[0].n;
    await applyUpload(db, await upload('testdata-fhi-337-revidert.json'));
    expect(await porsgrunn2024()).toEqual({
      value: 2.9,
      source: 'opplastet: testdata-fhi-337-revidert.json:1'
    });
    expect((await db.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM observation`))[0].n).toBe(before);
    await replay(db, [], (f) => resolve('data', f));
    expect(await porsgrunn2024()).toEqual({ value: 2.7, source: 'data/raw/fhi/barnevern.csv:31' });
  });

  test('a failing upload rolls back: every number stays as it was', async () => {
    const bad = await upload('testdata-fhi-337-revidert.json');
    bad.newIndicators = [{ id: 'x' } as never]; // an indicator row DuckDB cannot insert (nulls in a typed insert are fine, a missing column list is not)
    bad.rows = [...bad.rows, { ...bad.rows[0], year: 'ikke et år' as unknown as number }];
    await expect(applyUpload(db, bad)).rejects.toThrow();
    expect(await porsgrunn2024()).toEqual({ value: 2.7, source: 'data/raw/fhi/barnevern.csv:31' });
    expect(await db.all(`SELECT id FROM indicator WHERE id = 'x'`)).toEqual([]);
  });
});
