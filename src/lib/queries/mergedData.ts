// «Eksporter samlede data»: the loaded observations (published and uploaded), all or one family, in the extracts' order.
import type { Database } from '$lib/db/database';

/** Every observation row, or those of one family (`family` '' for all), ordered by indicator, place, year, breakdown. */
export function mergedData(db: Database, family = ''): Promise<Record<string, unknown>[]> {
  return db.all(
    `SELECT o.* FROM observation o JOIN indicator i ON i.id = o.indicator
     WHERE ? = '' OR i.family = ? ORDER BY o.indicator, o.geo, o.year, o.breakdown`,
    [family, family]
  );
}
