// The pages' questions against the real extracts in the real DuckDB (duckdb-wasm's Node build).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNodeExtracts } from '$lib/db/node';
import type { Database } from '$lib/db/database';
import { series } from './series';
import { latest } from './latest';
import { indicators, geographyNames } from './catalogue';
import { challengePicture } from './picture';
import { BASE_GEOS } from './roles';
import { HOME } from '$lib/dataset/schema';

let db: Database & { close(): void };
beforeAll(async () => {
  db = await openNodeExtracts();
});
afterAll(() => db?.close());

const value = (rows: { geo: string; period: string; value: number | null }[], geo: string, period: string) =>
  rows.find((r) => r.geo === geo && r.period === period)?.value;

describe('series', () => {
  test('returns the plan anchors: grunnskolepoeng 2020-2022, Porsgrunn 42.1 and Norway 43.3', async () => {
    const rows = await series(db, { indicator: 'grunnskolepoeng', breakdown: 'alle', geos: BASE_GEOS });
    expect(value(rows, '4001', '2020-2022')).toBeCloseTo(42.1, 6);
    expect(value(rows, '0', '2020-2022')).toBeCloseTo(43.3, 6);
    expect(new Set(rows.map((r) => r.geo))).toEqual(new Set(['4001', '40', '0']));
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort((a, b) => a - b));
  });

  test('returns mobbing 7. trinn 2020/21-2022/23 for Porsgrunn as 9.2 percent', async () => {
    const rows = await series(db, { indicator: 'mobbing_7', breakdown: 'alle', geos: ['4001'] });
    expect(value(rows, '4001', '2020/21-2022/23')).toBeCloseTo(9.2, 6);
  });

  test('returns Ungdata «mange psykiske plager» 2021: Porsgrunn 20.0, Norway 17.1', async () => {
    const rows = await series(db, {
      indicator: 'ungdata_psykiske_plager',
      breakdown: 'alle',
      geos: ['4001', '0']
    });
    expect(value(rows, '4001', '2021')!.toFixed(1)).toBe('20.0');
    expect(value(rows, '0', '2021')!.toFixed(1)).toBe('17.1');
  });

  test('keeps suppressed cells as rows with null and a reason, never 0', async () => {
    const rows = await series(db, {
      indicator: 'grunnskolepoeng',
      breakdown: 'foreldre: videregående',
      geos: ['4001']
    });
    const gap = rows.find((r) => r.period === '2014-2016')!;
    expect(gap.value).toBeNull();
    expect(gap.missing).toBeTruthy();
  });

  test('keeps geography codes as text with their leading zeros', async () => {
    const names = await geographyNames(db);
    expect(names['0805']).toBe('Porsgrunn');
    expect(names['08']).toBe('Telemark');
    expect(names['38']).toBe('Vestfold og Telemark');
  });
});

describe('latest and the challenge picture', () => {
  test('gives every indicator a newest period, and the picture places each in its family', async () => {
    const all = await indicators(db);
    const rows = await latest(db, BASE_GEOS);
    const picture = challengePicture(all, rows, {
      home: '4001',
      county: '40',
      formerCounty: '38',
      country: '0'
    });
    expect(picture.map((f) => f.id)).toEqual([
      'levekar',
      'psykisk-helse',
      'skoleresultater',
      'skolemiljo',
      'barnevern'
    ]);
    expect(picture.flatMap((f) => f.rows).length).toBe(all.length);
    const poeng = picture
      .find((f) => f.id === 'skoleresultater')!
      .rows.find((r) => r.indicator.id === 'grunnskolepoeng')!;
    // the newest period home has a value in, read from its series
    const own = (
      await series(db, { indicator: 'grunnskolepoeng', breakdown: 'alle', geos: [HOME.code] })
    ).filter((p) => p.value != null);
    expect(poeng.period).toBe(own.at(-1)!.period);
    expect(poeng.home).toBeGreaterThan(30);
    expect(poeng.county?.code).toBe('40');
  });

  test('shows the plan figure on one parent with Vestfold og Telemark (38), never as Telemark (40)', async () => {
    const all = await indicators(db);
    const picture = challengePicture(all, await latest(db, BASE_GEOS), {
      home: '4001',
      county: '40',
      formerCounty: '38',
      country: '0'
    });
    const row = picture.flatMap((f) => f.rows).find((r) => r.indicator.id === 'barn_en_forsorger')!;
    expect(row.home).toBe(19.1);
    expect(row.county).toEqual({ code: '38', value: 17 });
    expect(row.country).toBe(14.7);
  });
});

describe('latest picks the newest period Porsgrunn has', () => {
  test('Ungdata uses the newest survey Porsgrunn took part in, not a newer one without it', async () => {
    const rows = (await latest(db, BASE_GEOS)).filter((r) => r.indicator === 'ungdata_psykiske_plager');
    const home = rows.find((r) => r.geo === '4001')!;
    expect(home.value).not.toBeNull();
    const all = await series(db, { indicator: 'ungdata_psykiske_plager', breakdown: 'alle', geos: ['4001'] });
    const newestWithValue = all.filter((r) => r.value != null).at(-1)!;
    expect(home.period).toBe(newestWithValue.period);
  });
});
