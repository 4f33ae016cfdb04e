import { buildDatabase } from '$lib/server/database';
import { latest } from '$lib/queries/latest';
import { HOME } from '$lib/dataset/schema';

export async function load() {
  const db = await buildDatabase();
  return { latest: await latest(db, [HOME.code, HOME.county, '38', HOME.country]) };
}
