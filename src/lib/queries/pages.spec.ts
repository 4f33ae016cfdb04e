// The family page's question against the real extracts in the real DuckDB (duckdb-wasm's Node build).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNodeExtracts } from '$lib/db/node';
import type { Database } from '$lib/db/database';
import { FAMILIES } from '$lib/dataset/schema';
import { familySummary } from '$lib/charts/familySummary';
import { familyView } from './pages';
import { indicators } from './catalogue';

let db: Database & { close(): void };
beforeAll(async () => {
  db = await openNodeExtracts();
});
afterAll(() => db?.close());

describe('familyView', () => {
  test('skolemiljo: mobbing and trivsel with Porsgrunn, Telemark and Norway in 2023/24-2025/26', async () => {
    const view = await familyView(db, 'skolemiljo');
    expect(view.name).toBe('Trivsel og skolemiljø');
    expect(view.rows.map((r) => r.indicator.id)).toEqual(['mobbing_7', 'trivsel_10']);
    const [mobbing, trivsel] = view.rows;
    expect(mobbing).toMatchObject({
      period: '2023/24-2025/26',
      home: 11.9,
      county: { code: '40', value: 8.9 },
      country: 10.1,
      verdict: 'dårligere'
    });
    expect(trivsel).toMatchObject({
      period: '2023/24-2025/26',
      home: 80.7,
      county: { code: '40', value: 81.5 },
      country: 82.9,
      verdict: 'dårligere'
    });
  });

  test('skolemiljo: mobbing fell from 12.3 to 11.9 (bedre) but rose from 5.4 over the series (dårligere)', async () => {
    const mobbing = (await familyView(db, 'skolemiljo')).rows[0];
    expect(mobbing.sincePrevious).toMatchObject({
      from: { period: '2022/23-2024/25', value: 12.3 },
      diff: -0.4,
      change: 'bedre'
    });
    expect(mobbing.overSeries).toMatchObject({
      from: { period: '2016/17-2018/19', value: 5.4 },
      diff: 6.5,
      change: 'dårligere'
    });
    expect(mobbing.trend.every((p) => p.geo === '4001')).toBe(true);
    expect(mobbing.trend.at(-1)).toMatchObject({ period: '2023/24-2025/26', value: 11.9 });
  });

  test('skoleresultater: grunnskolepoeng 2020-2022 was 42.1 in the trend; newest 40.8 is down 0.7 from 41.5', async () => {
    const poeng = (await familyView(db, 'skoleresultater')).rows.find(
      (r) => r.indicator.id === 'grunnskolepoeng'
    )!;
    expect(poeng.trend.find((p) => p.period === '2020-2022')?.value).toBe(42.1);
    expect(poeng).toMatchObject({ period: '2023-2025', home: 40.8, country: 42.3, verdict: 'dårligere' });
    expect(poeng.sincePrevious).toMatchObject({
      from: { period: '2022-2024', value: 41.5 },
      diff: -0.7,
      change: 'dårligere'
    });
    expect(poeng.overSeries).toMatchObject({
      from: { period: '2014-2016', value: 39.6 },
      diff: 1.2,
      change: 'bedre'
    });
  });

  test('every family holds exactly its own catalogue indicators, in catalogue order', async () => {
    const all = await indicators(db);
    for (const f of FAMILIES) {
      const view = await familyView(db, f.id);
      expect(view.rows.map((r) => r.indicator.id)).toEqual(
        all.filter((i) => i.family === f.id).map((i) => i.id)
      );
    }
  });

  test('barnevern has no better direction: its verdict is «høyere» or «lavere», never «bedre»', async () => {
    const [row] = (await familyView(db, 'barnevern')).rows;
    expect(['høyere', 'lavere', 'likt']).toContain(row.verdict);
    expect(['høyere', 'lavere', 'uendret']).toContain(row.sincePrevious?.change);
  });

  test('the skolemiljo summary counts both indicators worse than Norway and both better than the period before', async () => {
    const view = await familyView(db, 'skolemiljo');
    const rows = view.rows.map((r) => ({ verdict: r.verdict, change: r.sincePrevious?.change ?? null }));
    expect(familySummary(rows, 'Porsgrunn')).toBe(
      'Porsgrunn er bedre enn landet på 0 og dårligere på 2 av 2 indikatorer. Siden forrige periode er 2 blitt bedre og 0 dårligere.'
    );
  });
});
