// Indicators the analyst described while uploading have no page of their own: their series are shown on the upload page.
import type { Database } from '$lib/db/database';
import type { Upload } from '$lib/db/uploads';
import { defaultBreakdown, type Indicator } from '$lib/dataset/schema';
import { series } from '$lib/queries/series';
import type { SeriesPoint } from '$lib/model/series';

export interface Described {
  indicator: Indicator;
  breakdown: string;
  geos: string[];
  points: SeriesPoint[];
}

/** Each described indicator still loaded, with its default breakdown's series for every place it has values for. */
export async function describedSeries(db: Database, uploads: Upload[]): Promise<Described[]> {
  const out: Described[] = [];
  for (const indicator of uploads.flatMap((u) => u.newIndicators)) {
    const breakdown = defaultBreakdown(indicator);
    const geos = (
      await db.all<{ geo: string }>(
        `SELECT DISTINCT geo FROM observation WHERE indicator = ? ORDER BY length(geo), geo`,
        [indicator.id]
      )
    ).map((r) => r.geo);
    if (geos.length)
      out.push({
        indicator,
        breakdown,
        geos,
        points: await series(db, { indicator: indicator.id, breakdown, geos })
      });
  }
  return out;
}
