import { error } from '@sveltejs/kit';
import { buildDatabase } from '$lib/server/database';
import { indicators } from '$lib/queries/catalogue';
import { series, type SeriesPoint } from '$lib/queries/series';
import { ranking } from '$lib/queries/ranking';
import { goalStatuses } from '$lib/queries/goalStatuses';
import { BASE_GEOS } from '$lib/queries/roles';
import { HOME } from '$lib/dataset/schema';

export async function entries() {
  return (await indicators(await buildDatabase())).map((i) => ({ id: i.id }));
}

export async function load({ params }) {
  const db = await buildDatabase();
  const indicator = (await indicators(db)).find((i) => i.id === params.id);
  if (!indicator) error(404, 'Fant ikke indikatoren');
  const breakdowns = indicator.breakdowns.split('|');
  const byBreakdown: Record<string, SeriesPoint[]> = {};
  const ranks: Record<string, SeriesPoint[]> = {};
  for (const breakdown of breakdowns) {
    byBreakdown[breakdown] = await series(db, { indicator: indicator.id, breakdown, geos: BASE_GEOS });
    ranks[breakdown] = await ranking(db, { indicator: indicator.id, breakdown });
  }
  const goals = (await goalStatuses(db, { home: HOME.code, country: HOME.country }))
    .filter((v) => v.indicators.some((i) => i.id === indicator.id))
    .map((v) => ({ id: v.goal.id, plan: v.goal.plan, section: v.goal.section, quote: v.goal.quote, status: v.status }));
  return { indicator, breakdowns, series: byBreakdown, ranking: ranks, goals };
}
