import { buildDatabase } from '$lib/server/database';
import { latest } from '$lib/queries/latest';
import { goalStatuses } from '$lib/queries/goalStatuses';
import { BASE_GEOS } from '$lib/queries/roles';
import { HOME } from '$lib/dataset/schema';

export async function load() {
  const db = await buildDatabase();
  // Porsgrunn's plan challenges belong to Porsgrunn only.
  const challenges = (HOME.plan ? await goalStatuses(db, { home: HOME.code, country: HOME.country }) : [])
    .filter((v) => v.goal.kind === 'hovedutfordring')
    .map((v) => ({
      id: v.goal.id,
      section: v.goal.section,
      status: v.status,
      indicator: v.indicators[0] ? { name: v.indicators[0].name, unit: v.indicators[0].unit } : null,
      newest: v.detail?.newest ? { period: v.detail.newest.period, value: v.detail.newest.value } : null
    }));
  return { latest: await latest(db, BASE_GEOS), challenges };
}
