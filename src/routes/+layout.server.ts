import { buildDatabase } from '$lib/server/database';
import { indicators, currentGeographies, geographyNames } from '$lib/queries/catalogue';

export const prerender = true;

export async function load() {
  const db = await buildDatabase();
  return {
    indicators: await indicators(db),
    geographies: await currentGeographies(db),
    names: await geographyNames(db)
  };
}
