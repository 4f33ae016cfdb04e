import { buildDatabase } from '$lib/server/database';
import { goalsView } from '$lib/queries/pages';

export async function load() {
  return { goals: await goalsView(await buildDatabase()) };
}
