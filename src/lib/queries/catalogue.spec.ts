// The catalogue questions against the real extracts: indicators and geographies in their stated order, the tables' columns.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractsForTests } from '$lib/db/extractsForTests';
import { parseCsv } from '$lib/dataset/parse';
import { defaultBreakdown, HOME } from '$lib/dataset/schema';
import { currentGeographies, geographyNames, indicators } from './catalogue';
import { tableColumns } from './tableColumns';

const db = extractsForTests();
const csv = (file: string) =>
  parseCsv(file, readFileSync(`data/${file}`, 'utf8')).table.rows.map((r) => r.values);

describe('indicators', () => {
  test('every indicator in the order of data/indicators.csv, the plan figure included where the plan is home’s', async () => {
    expect(HOME.plan).toBe(true);
    expect((await indicators(db())).map((i) => i.id)).toEqual(csv('indicators.csv').map((r) => r.id));
  });

  test('typed as declared: breakdowns as text, the default first', async () => {
    const poeng = (await indicators(db())).find((i) => i.id === 'grunnskolepoeng')!;
    expect(poeng).toMatchObject({ unit: 'poeng', polarity: 'higher-better', family: 'skoleresultater' });
    expect(defaultBreakdown(poeng)).toBe('alle');
  });
});

describe('geographies', () => {
  test('those in force today: Norway, then counties, then municipalities by code', async () => {
    const geos = await currentGeographies(db());
    expect(geos[0]).toMatchObject({ code: '0', level: 'land' });
    const levels = geos.map((g) => g.level);
    expect(levels).toEqual(
      [...levels].sort(
        (a, b) => ['land', 'fylke', 'kommune'].indexOf(a) - ['land', 'fylke', 'kommune'].indexOf(b)
      )
    );
    const munis = geos.filter((g) => g.level === 'kommune').map((g) => g.code);
    expect(munis).toEqual([...munis].sort());
    expect(geos.every((g) => g.valid_to == null)).toBe(true);
    expect(munis).toContain(HOME.code);
    expect(munis).not.toContain('3806');
  });

  test('names every code, current or former', async () => {
    const names = await geographyNames(db());
    expect(Object.keys(names).sort()).toEqual(
      csv('geographies.csv')
        .map((r) => r.code)
        .sort()
    );
    expect([names['3806'], names['4001']]).toEqual(['Porsgrunn', 'Porsgrunn']);
  });
});

describe('tableColumns', () => {
  test('observation first, its columns in table order, every table listed', async () => {
    const columns = await tableColumns(db());
    expect(columns.slice(0, 4).map((c) => `${c.table}.${c.column} ${c.type}`)).toEqual([
      'observation.indicator VARCHAR',
      'observation.geo VARCHAR',
      'observation.period VARCHAR',
      'observation.year INTEGER'
    ]);
    expect([...new Set(columns.map((c) => c.table))]).toEqual([
      'observation',
      'geography',
      'goal',
      'indicator',
      'plan_figure'
    ]);
  });
});
