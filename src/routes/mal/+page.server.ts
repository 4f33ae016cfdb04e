import { buildDatabase } from '$lib/server/database';
import { goalStatuses } from '$lib/queries/goalStatuses';
import { HOME } from '$lib/dataset/schema';

export async function load() {
  // The goals are Porsgrunn's plans: another municipality's build gets none (the page says why).
  return { goals: HOME.plan ? await goalStatuses(await buildDatabase(), { home: HOME.code, country: HOME.country }) : [] };
}
