// The county's municipalities as numbers and words, without Plot: their order (best first) and each one's class
// against Norway. The ranking and the map draw these, and the page's table and sentences say the same.
import type { Indicator } from '$lib/dataset/schema';
import type { SeriesPoint } from '$lib/model/series';
import { verdict, type Verdict } from '$lib/model/verdict';

/** Municipalities only (4-digit codes) with a value, best first by the indicator's polarity. */
export function ranked(rows: SeriesPoint[], indicator: Indicator): SeriesPoint[] {
  const sign = indicator.polarity === 'lower-better' ? 1 : -1;
  return rows
    .filter((r) => r.geo.length === 4 && r.value != null)
    .sort((a, b) => sign * (a.value! - b.value!));
}

/** GeoJSON of the municipalities, as scripts/maps.ts writes it. */
export interface MunicipalityMap {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: { kommunenummer: string; kommunenavn: string };
    geometry: unknown;
  }[];
}

export const CLASSES: { verdict: Verdict; label: string; fill: string }[] = [
  { verdict: 'bedre', label: 'Bedre enn landet', fill: '#1b6e9a' },
  { verdict: 'høyere', label: 'Høyere enn landet', fill: '#1b6e9a' },
  { verdict: 'likt', label: 'Om lag som landet', fill: '#a3a3a3' },
  { verdict: 'dårligere', label: 'Dårligere enn landet', fill: '#c2571a' },
  { verdict: 'lavere', label: 'Lavere enn landet', fill: '#c2571a' },
  { verdict: 'ukjent', label: 'Mangler tall', fill: '#f3f3f3' }
];

/** Each municipality's class against Norway in the rows' period: words first, colour second. */
export function mapClasses(rows: SeriesPoint[], indicator: Indicator): Map<string, string> {
  const country = rows.find((r) => r.geo === '0')?.value ?? null;
  const byGeo = new Map(rows.map((r) => [r.geo, r.value]));
  return new Map(
    rows
      .filter((r) => r.geo.length === 4)
      .map((r) => [r.geo, label(verdict(byGeo.get(r.geo) ?? null, country, indicator))])
  );
}

const label = (v: Verdict) => CLASSES.find((c) => c.verdict === v)!.label;
