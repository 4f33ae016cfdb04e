// The newest period of every indicator, for the front page's challenge picture.
import type { Database } from '$lib/db/database';

/** One geography's value in an indicator's newest period (default breakdown). */
export interface LatestValue {
  indicator: string;
  period: string;
  year: number;
  geo: string;
  value: number | null;
  missing: string | null;
}

/**
 * For each indicator (default breakdown, the first of its breakdowns): the newest period in which
 * `geos[0]` (home) has a value — or, if home never has one, the newest with any value — and every
 * `geos` row of that period.
 */
export function latest(db: Database, geos: string[]): Promise<LatestValue[]> {
  return db.all<LatestValue>(
    `WITH wanted AS (SELECT unnest(string_split(?, ',')) AS geo),
          obs AS (
            SELECT o.* FROM observation o
              JOIN indicator i ON i.id = o.indicator AND o.breakdown = split_part(i.breakdowns, '|', 1)
             WHERE o.geo IN (SELECT geo FROM wanted)),
          newest AS (
            SELECT indicator, coalesce(max(year) FILTER (WHERE geo = ?), max(year)) AS year
              FROM obs WHERE value IS NOT NULL GROUP BY indicator)
     SELECT o.indicator, o.period, o.year, o.geo, o.value, o.missing
       FROM obs o JOIN newest n ON n.indicator = o.indicator AND n.year = o.year
      ORDER BY o.indicator, o.geo`,
    [geos.join(','), geos[0]]
  );
}
