// The time series of one indicator for chosen geographies.
import type { Database } from '$lib/db/database';
import type { SeriesPoint } from '$lib/model/series';

/** All periods of `indicator` (one breakdown) for `geos`, oldest period first. */
export function series(
  db: Database,
  q: { indicator: string; breakdown: string; geos: string[] }
): Promise<SeriesPoint[]> {
  return db.all<SeriesPoint>(
    `SELECT o.geo, coalesce(g.name, o.geo) AS geo_name, o.period, o.year, o.value, o.missing, o.note, o.source
       FROM observation o LEFT JOIN geography g ON g.code = o.geo
      WHERE o.indicator = ? AND o.breakdown = ?
        AND o.geo IN (SELECT unnest(string_split(?, ',')))
      ORDER BY o.year, o.period, o.geo`,
    [q.indicator, q.breakdown, q.geos.join(',')]
  );
}
