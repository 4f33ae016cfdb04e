// The time series of one indicator for chosen geographies.
import type { Database } from '$lib/db/database';

/** One point of a series: value in the indicator's unit, or null with the reason in `missing`. */
export interface SeriesPoint {
  geo: string;
  geo_name: string;
  period: string;
  year: number;
  value: number | null;
  missing: string | null;
  note: string | null;
  source: string;
}

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
