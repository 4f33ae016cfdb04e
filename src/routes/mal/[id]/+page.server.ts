import { error } from '@sveltejs/kit';
import { buildDatabase } from '$lib/server/database';
import { goals } from '$lib/queries/goals';
import { goalStatuses } from '$lib/queries/goalStatuses';
import { series, type SeriesPoint } from '$lib/queries/series';
import { BASE_GEOS } from '$lib/queries/roles';
import { HOME } from '$lib/dataset/schema';

export async function entries() {
  // Porsgrunn's goals get pages only in Porsgrunn's build; nothing else links to them.
  return HOME.plan ? (await goals(await buildDatabase())).map((g) => ({ id: g.id })) : [];
}

export async function load({ params }) {
  const db = await buildDatabase();
  const view = (await goalStatuses(db, { home: HOME.code, country: HOME.country })).find((v) => v.goal.id === params.id);
  if (!view || !HOME.plan) error(404, 'Fant ikke målet');
  const charts: { id: string; points: SeriesPoint[] }[] = [];
  for (const ind of view.indicators) {
    charts.push({ id: ind.id, points: await series(db, { indicator: ind.id, breakdown: ind.breakdowns.split('|')[0], geos: BASE_GEOS }) });
  }
  return { view, charts };
}
