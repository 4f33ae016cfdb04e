// The ranking question against the real extracts: one period, the newest with a municipality's value, highest first.
import { describe, expect, test } from 'vitest';
import { extractsForTests } from '$lib/db/extractsForTests';
import { HOME } from '$lib/dataset/schema';
import { currentGeographies } from './catalogue';
import { ranking } from './ranking';
import { series } from './series';
import { openNodeExtracts } from '$lib/db/node';
import { applyUpload } from '$lib/db/uploads';
import { uploadedSource } from '$lib/dataset/uploaded';

const db = extractsForTests();

/** Today's municipalities of home's county, from the geography table. */
const municipalities = async () =>
  (await currentGeographies(db()))
    .filter((g) => g.level === 'kommune' && g.code.startsWith(HOME.county))
    .map((g) => g.code);

describe('ranking', () => {
  test.each([
    ['grunnskolepoeng', 'alle'],
    ['mobbing_7', 'alle'],
    ['ungdata_psykiske_plager', 'jenter']
  ])(
    '%s (%s): the newest period in which any municipality has a value, read from its series',
    async (indicator, breakdown) => {
      const all = await series(db(), { indicator, breakdown, geos: await municipalities() });
      const newest = Math.max(...all.filter((p) => p.value != null).map((p) => p.year));
      const rows = await ranking(db(), { indicator, breakdown });
      expect(new Set(rows.map((r) => r.year))).toEqual(new Set([newest]));
      expect(rows.length).toBeGreaterThan(3);
    }
  );

  test('holds the 17 municipalities, the county and Norway, and no place outside the county', async () => {
    const codes = (await ranking(db(), { indicator: 'grunnskolepoeng', breakdown: 'alle' })).map(
      (r) => r.geo
    );
    const munis = await municipalities();
    expect(munis).toHaveLength(17);
    expect(codes.filter((c) => c.length === 4).sort()).toEqual([...munis].sort());
    expect(codes.filter((c) => c.length < 4).sort()).toEqual(
      [HOME.country, HOME.county, HOME.formerCounty].filter((c) => codes.includes(c)).sort()
    );
    expect(codes).toContain(HOME.country);
  });

  test('highest value first, rows without a value last', async () => {
    const rows = await ranking(db(), { indicator: 'mobbing_7', breakdown: 'alle' });
    const values = rows.map((r) => r.value);
    const valued = values.filter((v): v is number => v != null);
    expect(valued).toEqual([...valued].sort((a, b) => b - a));
    expect(values.slice(valued.length).every((v) => v == null)).toBe(true);
    expect(values.slice(0, valued.length).every((v) => v != null)).toBe(true);
    expect(rows.some((r) => r.value == null && r.missing)).toBe(true);
  });

  test('one breakdown only: girls are ranked on their own values', async () => {
    const byGeo = async (breakdown: string) =>
      Object.fromEntries(
        (await ranking(db(), { indicator: 'ungdata_psykiske_plager', breakdown })).map((r) => [
          r.geo,
          r.value
        ])
      );
    expect(await byGeo('jenter')).not.toEqual(await byGeo('alle'));
  });
});

describe('ranking after an upload of a newer period for a few municipalities', () => {
  test('stays on the newest period with enough municipalities, read from the data', async () => {
    const own = await openNodeExtracts();
    try {
      const q = { indicator: 'barnevern_tiltak_0_17', breakdown: 'alle' };
      const before = await ranking(own, q);
      const newest = before[0].year;
      // Test data, not a real figure: one value for home and one neighbour in the year after the newest.
      const rows = [HOME.code, '4003'].map((geo) => ({
        ...q,
        geo,
        period: String(newest + 1),
        year: newest + 1,
        value: 3.3,
        missing: '',
        note: '',
        source: uploadedSource('testdata-nyere.csv', 2)
      }));
      await applyUpload(own, {
        id: 'testdata',
        file: 'testdata-nyere.csv',
        format: 'prosjektets CSV',
        loadedAt: '2026-12-02T00:00:00Z',
        indicators: [q.indicator],
        newIndicators: [],
        rows,
        counts: { added: 2, changed: 0, unchanged: 0 }
      });
      expect((await series(own, { ...q, geos: [HOME.code] })).at(-1)).toMatchObject({ year: newest + 1 });
      const after = await ranking(own, q);
      expect(new Set(after.map((r) => r.year))).toEqual(new Set([newest]));
      expect(after.map((r) => [r.geo, r.value])).toEqual(before.map((r) => [r.geo, r.value]));
    } finally {
      own.close();
    }
  });
});
