import { error } from '@sveltejs/kit';
import { buildDatabase } from '$lib/server/database';
import { indicators } from '$lib/queries/catalogue';
import { series, type SeriesPoint } from '$lib/queries/series';
import { BASE_GEOS } from '$lib/queries/roles';

export async function entries() {
  return (await indicators(await buildDatabase())).map((i) => ({ id: i.id }));
}

export async function load({ params }) {
  const db = await buildDatabase();
  const indicator = (await indicators(db)).find((i) => i.id === params.id);
  if (!indicator) error(404, 'Fant ikke indikatoren');
  const breakdowns = indicator.breakdowns.split('|');
  const byBreakdown: Record<string, SeriesPoint[]> = {};
  for (const breakdown of breakdowns) {
    byBreakdown[breakdown] = await series(db, { indicator: indicator.id, breakdown, geos: BASE_GEOS });
  }
  return { indicator, breakdowns, series: byBreakdown };
}
