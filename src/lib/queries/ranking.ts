// The chosen municipality among its neighbours: every municipality of its county in an indicator's newest period.
import type { Database } from '$lib/db/database';
import { HOME } from '$lib/dataset/schema';
import type { SeriesPoint } from '$lib/model/series';

/**
 * All rows of the newest period that has enough of today's municipalities in HOME's county with a value to rank
 * (one breakdown): those municipalities, and the county (today's and 2020-2023) and national rows. Highest value
 * first. «Enough» is at least half as many as the period with the most: a newer period holding only the few values
 * an analyst uploaded leaves the ranking and map on the newest complete one (the page says so).
 */
export function ranking(db: Database, q: { indicator: string; breakdown: string }): Promise<SeriesPoint[]> {
  return db.all<SeriesPoint>(
    `WITH kommune AS (SELECT code FROM geography WHERE level = 'kommune' AND valid_to IS NULL AND starts_with(code, ?)),
          obs AS (SELECT * FROM observation WHERE indicator = ? AND breakdown = ?),
          counts AS (SELECT year, count(*) AS n FROM obs
                      WHERE value IS NOT NULL AND geo IN (SELECT code FROM kommune) GROUP BY year),
          newest AS (SELECT max(year) AS year FROM counts WHERE n * 2 >= (SELECT max(n) FROM counts))
     SELECT o.geo, coalesce(g.name, o.geo) AS geo_name, o.period, o.year, o.value, o.missing, o.note, o.source
       FROM obs o JOIN newest n ON o.year = n.year LEFT JOIN geography g ON g.code = o.geo
      WHERE o.geo IN (SELECT code FROM kommune) OR o.geo IN (?, ?, ?)
      ORDER BY o.value DESC NULLS LAST, geo_name`,
    [HOME.county, q.indicator, q.breakdown, HOME.country, HOME.county, HOME.formerCounty]
  );
}
