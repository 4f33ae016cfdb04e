import { buildDatabase } from '$lib/server/database';
import { goalStatuses } from '$lib/queries/goalStatuses';
import { HOME } from '$lib/dataset/schema';

export async function load() {
  return { goals: await goalStatuses(await buildDatabase(), { home: HOME.code, country: HOME.country }) };
}
