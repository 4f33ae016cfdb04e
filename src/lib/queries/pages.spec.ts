// The pages' questions (one per page) against the real extracts in the real DuckDB (duckdb-wasm's Node build).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openNodeExtracts } from '$lib/db/node';
import type { Database } from '$lib/db/database';
import { FAMILIES, HOME } from '$lib/dataset/schema';
import { familySummary } from '$lib/model/familySummary';
import { verdict } from '$lib/model/verdict';
import { notFetched } from '$lib/dataset/fetched';
import { familyView, frontView, goalsView, goalView, indicatorView, profileView } from './pages';
import { goalStatuses } from './goalStatuses';
import { latest } from './latest';
import { planFigures } from './planFigures';
import { ranking } from './ranking';
import { BASE_GEOS } from './roles';
import { series } from './series';
import { indicators } from './catalogue';

let db: Database & { close(): void };
beforeAll(async () => {
  db = await openNodeExtracts();
});
afterAll(() => db?.close());

/** An indicator's valued points for one place, oldest first (default breakdown): what «the newest» is read from. */
const valued = async (indicator: string, geo: string) =>
  (await series(db, { indicator, breakdown: 'alle', geos: [geo] })).filter((p) => p.value != null);
const valueIn = async (indicator: string, geo: string, period: string) =>
  (await valued(indicator, geo)).find((p) => p.period === period)?.value;

describe('familyView', () => {
  test('skolemiljo: mobbing and trivsel with Porsgrunn, Telemark and Norway in home’s newest period, read from the data', async () => {
    const view = await familyView(db, 'skolemiljo');
    expect(view.name).toBe('Trivsel og skolemiljø');
    expect(view.rows.map((r) => r.indicator.id)).toEqual(['mobbing_7', 'trivsel_10']);
    for (const row of view.rows) {
      const newest = (await valued(row.indicator.id, HOME.code)).at(-1)!;
      expect(row).toMatchObject({
        period: newest.period,
        home: newest.value,
        county: { code: '40', value: await valueIn(row.indicator.id, '40', newest.period) },
        country: await valueIn(row.indicator.id, '0', newest.period)
      });
    }
  });

  test('facts of their periods: mobbing 11,9 in 2023/24-2025/26 (Telemark 8,9, Norway 10,1), trivsel 80,7; the series starts at 5,4', async () => {
    expect(await valueIn('mobbing_7', '4001', '2023/24-2025/26')).toBe(11.9);
    expect(await valueIn('mobbing_7', '40', '2023/24-2025/26')).toBe(8.9);
    expect(await valueIn('mobbing_7', '0', '2023/24-2025/26')).toBe(10.1);
    expect(await valueIn('mobbing_7', '4001', '2022/23-2024/25')).toBe(12.3);
    expect(await valueIn('trivsel_10', '4001', '2023/24-2025/26')).toBe(80.7);
    expect((await valued('mobbing_7', '4001'))[0]).toMatchObject({ period: '2016/17-2018/19', value: 5.4 });
  });

  test('skolemiljo: mobbing since the newest period it does not overlap (3-year rolling) and over the series', async () => {
    const mobbing = (await familyView(db, 'skolemiljo')).rows[0];
    const points = await valued('mobbing_7', HOME.code);
    const [newest, first] = [points.at(-1)!, points[0]];
    const previous = points.filter((p) => newest.year - p.year >= 3).at(-1)!;
    const round = (x: number) => Math.round(x * 10) / 10;
    expect(mobbing.sincePrevious).toMatchObject({
      from: { period: previous.period, value: previous.value },
      diff: round(newest.value! - previous.value!)
    });
    expect(mobbing.overSeries).toMatchObject({
      from: { period: first.period, value: first.value },
      diff: round(newest.value! - first.value!)
    });
    expect(mobbing.trend.every((p) => p.geo === '4001')).toBe(true);
    expect(mobbing.trend.at(-1)).toMatchObject({ period: newest.period, value: newest.value });
  });

  test('skoleresultater: grunnskolepoeng 2020-2022 was 42.1; the newest is compared with the newest period it does not overlap', async () => {
    const poeng = (await familyView(db, 'skoleresultater')).rows.find(
      (r) => r.indicator.id === 'grunnskolepoeng'
    )!;
    expect(poeng.trend.find((p) => p.period === '2020-2022')?.value).toBe(42.1);
    expect(await valueIn('grunnskolepoeng', '4001', '2023-2025')).toBe(40.8);
    const points = await valued('grunnskolepoeng', HOME.code);
    const newest = points.at(-1)!;
    expect(poeng).toMatchObject({
      period: newest.period,
      home: newest.value,
      country: await valueIn('grunnskolepoeng', '0', newest.period)
    });
    expect(poeng.sincePrevious?.from).toMatchObject({
      period: points.filter((p) => newest.year - p.year >= 3).at(-1)!.period
    });
    expect(poeng.overSeries?.from).toMatchObject({ period: '2014-2016', value: 39.6 });
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

  test('the skolemiljo summary counts what the rows say, and each row is judged by the one rule', async () => {
    const view = await familyView(db, 'skolemiljo');
    for (const row of view.rows) expect(row.verdict).toBe(verdict(row.home, row.country, row.indicator));
    const rows = view.rows.map((r) => ({ verdict: r.verdict, change: r.sincePrevious?.change ?? null }));
    const n = (v: string) => rows.filter((r) => r.verdict === v).length;
    const moved = (c: string) => rows.filter((r) => r.change === c).length;
    const text = familySummary(rows, 'Porsgrunn');
    expect(text).toContain(
      `bedre enn landet på ${n('bedre')} og dårligere på ${n('dårligere')} av ${rows.length} indikatorer`
    );
    expect(text).toContain(`er ${moved('bedre')} blitt bedre og ${moved('dårligere')} dårligere`);
  });
});

describe('frontView', () => {
  test('the barometer: grunnskolepoeng’s newest against the newest period it does not overlap, and the best quarter of the county', async () => {
    const view = await frontView(db, await indicators(db));
    const b = view.barometer.grunnskolepoeng;
    // Read from the data: the newest three-year period against the one three years before it (2020-2022 for 2023-2025).
    const home = await valued('grunnskolepoeng', HOME.code);
    const to = home.at(-1)!;
    const start = Number(to.period.slice(0, 4)) - 3;
    const from = home.find((p) => p.period === `${start}-${start + 2}`)!;
    expect(b.trend).toMatchObject({ from: { period: from.period }, to: { period: to.period } });
    expect(b.trend!.diff).toBeCloseTo(to.value! - from.value!, 6);
    const municipalities = (await ranking(db, { indicator: 'grunnskolepoeng', breakdown: 'alle' }))
      .filter((r) => r.geo.length === 4 && r.value != null)
      .map((r) => r.value!);
    const best = municipalities.slice(0, Math.ceil(municipalities.length / 4)); // ranking is highest first
    expect(b.best).toEqual([Math.min(...best), Math.max(...best)]);
    expect(view.barometer.barnevern_tiltak_0_17.best).toBeNull(); // no better direction, no yardstick
    // A series not fetched yet has no trend and no best quarter to show, not «ingen tidligere periode».
    const missing = (await indicators(db)).filter(notFetched);
    expect(missing.length).toBeGreaterThan(0);
    for (const ind of missing) expect(view.barometer[ind.id], ind.id).toBeUndefined();
  });

  test('the newest values, the plan figures, and home’s default-breakdown series for each plan topic', async () => {
    const all = await indicators(db);
    const view = await frontView(db, all);
    expect(view.latest).toEqual(await latest(db, BASE_GEOS));
    expect(view.figures).toEqual(await planFigures(db));
    const topics = [...new Set(view.figures.map((f) => f.indicator))];
    expect(Object.keys(view.trends).sort()).toEqual(
      topics.filter((id) => all.some((i) => i.id === id)).sort()
    );
    const poeng = view.trends.grunnskolepoeng;
    expect(poeng.every((p) => p.geo === HOME.code)).toBe(true);
    expect(poeng.find((p) => p.period === '2020-2022')?.value).toBe(42.1);
    expect(poeng.map((p) => p.year)).toEqual([...poeng.map((p) => p.year)].sort((a, b) => a - b));
  });
});

describe('indicatorView', () => {
  test('every breakdown’s series and ranking, keyed by breakdown in catalogue order', async () => {
    const poeng = (await indicators(db)).find((i) => i.id === 'grunnskolepoeng')!;
    const view = await indicatorView(db, poeng);
    expect(Object.keys(view.series)).toEqual(poeng.breakdowns.split('|'));
    expect(Object.keys(view.ranking)).toEqual(poeng.breakdowns.split('|'));
    const breakdown = 'foreldre: videregående';
    expect(view.series[breakdown]).toEqual(
      await series(db, { indicator: 'grunnskolepoeng', breakdown, geos: BASE_GEOS })
    );
    expect(view.ranking[breakdown]).toEqual(await ranking(db, { indicator: 'grunnskolepoeng', breakdown }));
    expect(view.series.alle.find((p) => p.geo === HOME.code && p.period === '2020-2022')?.value).toBe(42.1);
  });

  test('the goals the indicator measures, each with its status as the goals page computes it', async () => {
    const mobbing = (await indicators(db)).find((i) => i.id === 'mobbing_7')!;
    const view = await indicatorView(db, mobbing);
    const statuses = await goalStatuses(db, { home: HOME.code, country: HOME.country });
    const measuring = statuses.filter((v) => v.indicators.some((i) => i.id === 'mobbing_7'));
    expect(view.goals.map((g) => g.id)).toEqual(['fp-utfordring-skolemiljo', 'fp-mal-laeringsmiljo']);
    expect(view.goals.map((g) => [g.id, g.status])).toEqual(measuring.map((v) => [v.goal.id, v.status]));
    expect(view.goals[0]).toMatchObject({ plan: 'Forebyggende plan (2023)' });
  });
});

describe('goalsView and goalView', () => {
  test('the goals page holds every goal with its status', async () => {
    const views = await goalsView(db);
    expect(views).toEqual(await goalStatuses(db, { home: HOME.code, country: HOME.country }));
  });

  test('a goal page: the goal’s view and a default-breakdown series for each linked indicator', async () => {
    const page = (await goalView(db, 'fp-utfordring-skolemiljo'))!;
    expect(page.view.goal.id).toBe('fp-utfordring-skolemiljo');
    expect(page.charts.map((c) => c.id)).toEqual(['mobbing_7', 'trivsel_10']);
    expect(page.charts[1].points).toEqual(
      await series(db, { indicator: 'trivsel_10', breakdown: 'alle', geos: BASE_GEOS })
    );
    expect(
      page.charts[0].points.find((p) => p.geo === HOME.code && p.period === '2020/21-2022/23')?.value
    ).toBe(9.2);
  });

  test('an unknown goal has no page', async () => {
    expect(await goalView(db, 'finnes-ikke')).toBeUndefined();
  });
});

describe('profileView', () => {
  test('the newest values and each of the plan’s main challenges with its status and newest value', async () => {
    const profile = await profileView(db);
    expect(profile.latest).toEqual(await latest(db, BASE_GEOS));
    const main = (await goalsView(db)).filter((v) => v.goal.kind === 'hovedutfordring');
    expect(profile.challenges.map((c) => [c.id, c.status])).toEqual(main.map((v) => [v.goal.id, v.status]));
    const poeng = profile.challenges.find((c) => c.id === 'fp-utfordring-skoleprestasjoner')!;
    const newest = main.find((v) => v.goal.id === poeng.id)!.detail!.newest!;
    expect(poeng).toMatchObject({
      indicator: { name: 'Grunnskolepoeng', unit: 'poeng' },
      newest: { period: newest.period, value: newest.value }
    });
  });
});
