// The plan's challenge picture against the real extracts: what the plan said, stated for its own period, beside the newest.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractsForTests } from '$lib/db/extractsForTests';
import { parseCsv } from '$lib/dataset/parse';
import { latest } from './latest';
import { planFigures, planTopics } from './planFigures';
import { BASE_GEOS } from './roles';

const db = extractsForTests();

describe('planFigures', () => {
  test('every figure in the order of data/plan-figures.csv', async () => {
    const file = parseCsv('plan-figures.csv', readFileSync('data/plan-figures.csv', 'utf8')).table.rows;
    const figures = await planFigures(db());
    expect(figures.map((f) => [f.topic, f.geo])).toEqual(file.map((r) => [r.values.topic, r.values.geo]));
  });

  test('the plan’s grunnskolepoeng: Porsgrunn 42.1 and Norway 43.3 in 2020-2022, the county 42.7 as Vestfold og Telemark', async () => {
    const poeng = (await planFigures(db())).filter((f) => f.topic === 'skoleprestasjoner-grunnskolepoeng');
    expect(poeng.map((f) => [f.geo, f.value, f.series_period ?? ''])).toEqual([
      ['4001', 42.1, '2020-2022'],
      ['38', 42.7, ''],
      ['0', 43.3, '2020-2022']
    ]);
  });
});

describe('planTopics', () => {
  test('one topic per plan topic: Porsgrunn, county, Norway; «now» is the series’ newest period', async () => {
    const newest = await latest(db(), BASE_GEOS);
    const topics = planTopics(await planFigures(db()), newest);
    expect(topics.map((t) => t.topic)).toEqual([...new Set((await planFigures(db())).map((f) => f.topic))]);
    for (const t of topics) {
      const rank = t.plan.map((f) => (f.geo === '4001' ? 0 : f.geo === '0' ? 2 : 1));
      expect(rank, t.topic).toEqual([...rank].sort());
      expect(rank[0], t.topic).toBe(0);
      const expected = newest.filter(
        (l) => l.indicator === t.indicator && ['4001', '40', '0'].includes(l.geo)
      );
      expect(t.now.map((l) => l.geo).sort(), t.topic).toEqual(expected.map((l) => l.geo).sort());
      expect(new Set(t.now.map((l) => l.period)).size, t.topic).toBeLessThanOrEqual(1);
    }
  });

  test('each reason the plan and now differ is said once, split into sentences', async () => {
    const mobbing = planTopics(await planFigures(db()), []).find((t) => t.topic === 'skolemiljo-mobbing')!;
    expect(mobbing.reasons).toEqual([
      'Planen avrunder fylkets og landets tall til hele prosent.',
      'Planens fylke er Vestfold og Telemark, som ikke finnes lenger; serien bruker dagens Telemark.'
    ]);
    expect(mobbing.now).toEqual([]);
  });
});
