import { buildDatabase } from '$lib/server/database';
import { latest } from '$lib/queries/latest';
import { planFigures } from '$lib/queries/planFigures';
import { BASE_GEOS } from '$lib/queries/roles';

export async function load() {
  const db = await buildDatabase();
  return { latest: await latest(db, BASE_GEOS), figures: await planFigures(db) };
}
