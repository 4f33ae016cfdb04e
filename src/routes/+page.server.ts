import { buildDatabase, duckdbFirst } from '$lib/server/database';
import { indicators } from '$lib/queries/catalogue';
import { frontView } from '$lib/queries/pages';

export async function load() {
  const db = await buildDatabase();
  return { view: duckdbFirst() ? null : await frontView(db, await indicators(db)) };
}
