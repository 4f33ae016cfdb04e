// Every goal's status against the real extracts: the plan's own baselines hold for their periods, the newest comes from the data.
import { describe, expect, test } from 'vitest';
import { extractsForTests } from '$lib/db/extractsForTests';
import { defaultBreakdown, HOME } from '$lib/dataset/schema';
import { goalIndicators, goals } from './goals';
import { goalStatuses } from './goalStatuses';
import { indicators } from './catalogue';
import { BASE_GEOS } from './roles';
import { series } from './series';
import { goalStatus } from '$lib/model/status';

const db = extractsForTests();
const roles = { home: HOME.code, country: HOME.country };
const view = async (id: string) => (await goalStatuses(db(), roles)).find((v) => v.goal.id === id)!;

describe('goals', () => {
  test('every goal of data/goals.csv in its order, empty text columns as ""', async () => {
    const all = await goals(db());
    expect(all.length).toBeGreaterThan(30);
    expect(all[0].id).toBe('fp-hovedmal');
    expect(all[0]).toMatchObject({ direction: '', indicators: '', baseline_period: '' });
    expect(new Set(all.map((g) => g.id)).size).toBe(all.length);
  });

  test('goalIndicators lists the linked indicators, primary first', async () => {
    const all = await goals(db());
    expect(goalIndicators(all.find((g) => g.id === 'fp-utfordring-skolemiljo')!)).toEqual([
      'mobbing_7',
      'trivsel_10'
    ]);
    expect(goalIndicators(all.find((g) => g.id === 'fp-hovedmal')!)).toEqual([]);
  });
});

describe('goalStatuses', () => {
  test('one view per goal, in catalogue order', async () => {
    const views = await goalStatuses(db(), roles);
    expect(views.map((v) => v.goal.id)).toEqual((await goals(db())).map((g) => g.id));
  });

  test('a goal no indicator measures is «ikke målt her ennå», with no detail and no points', async () => {
    expect(await view('fp-hovedmal')).toMatchObject({
      indicators: [],
      status: 'ikke målt her ennå',
      detail: null,
      points: []
    });
  });

  test('a measured goal carries its primary indicator’s default-breakdown series and the status computed from it', async () => {
    const all = await indicators(db());
    for (const v of (await goalStatuses(db(), roles)).filter((v) => v.detail)) {
      const [primary] = v.indicators;
      expect(v.indicators.map((i) => i.id)).toEqual(
        goalIndicators(v.goal).filter((id) => all.some((i) => i.id === id))
      );
      const points = await series(db(), {
        indicator: primary.id,
        breakdown: defaultBreakdown(primary),
        geos: BASE_GEOS
      });
      expect(v.points, v.goal.id).toEqual(points);
      expect(v.detail, v.goal.id).toEqual(goalStatus(v.goal, primary, points, roles));
      expect(v.status).toBe(v.detail!.status);
    }
  });

  test('skoleprestasjoner: the plan’s baseline 2020-2022 is 42.1 points; the newest is the series’ newest Porsgrunn value', async () => {
    const v = await view('fp-utfordring-skoleprestasjoner');
    expect(v.indicators[0].id).toBe('grunnskolepoeng');
    expect(v.detail!.baseline).toMatchObject({ period: '2020-2022', value: 42.1 });
    const newest = v.points.filter((p) => p.geo === HOME.code && p.value != null).at(-1)!;
    expect(v.detail!.newest).toEqual(newest);
    expect(v.detail!.country).toBe(
      v.points.find((p) => p.geo === HOME.country && p.period === newest.period)?.value
    );
  });

  test('skolemiljo: the plan’s baseline 2020/21-2022/23 is 9.2 % mobbing, and the reason names both periods', async () => {
    const v = await view('fp-utfordring-skolemiljo');
    expect(v.detail!.baseline).toMatchObject({ period: '2020/21-2022/23', value: 9.2 });
    expect(v.detail!.reason).toContain(v.detail!.newest!.period);
  });
});
