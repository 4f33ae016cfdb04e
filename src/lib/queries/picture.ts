// The challenge picture: each family's indicators with home, county and Norway in the newest period.
import { FAMILIES, type Family, type Indicator } from '$lib/dataset/schema';
import { verdict, type Verdict } from '$lib/model/verdict';
import type { LatestValue } from './latest';

/** One front-page row: values in the indicator's unit, null where the source has none. */
export interface PictureRow {
  indicator: Indicator;
  period: string | null;
  home: number | null;
  county: { code: string; value: number | null } | null;
  country: number | null;
  verdict: Verdict;
}

export interface PictureFamily {
  id: Family;
  name: string;
  description: string;
  rows: PictureRow[];
}

/**
 * Groups the newest values by family. The county is Telemark (40) where the series has it, else
 * Vestfold og Telemark (38), named as such: the two are never merged.
 */
export function challengePicture(
  all: Indicator[],
  latest: LatestValue[],
  roles: { home: string; county: string; formerCounty: string; country: string }
): PictureFamily[] {
  const byIndicator = new Map<string, LatestValue[]>();
  for (const r of latest) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
  return FAMILIES.map((family) => ({
    ...family,
    rows: all
      .filter((i) => i.family === family.id)
      .map((indicator) => {
        const rows = byIndicator.get(indicator.id) ?? [];
        const at = (geo: string) => rows.find((r) => r.geo === geo);
        const county = at(roles.county) ?? at(roles.formerCounty);
        const home = at(roles.home)?.value ?? null;
        const country = at(roles.country)?.value ?? null;
        return {
          indicator,
          period: rows[0]?.period ?? null,
          home,
          county: county ? { code: county.geo, value: county.value } : null,
          country,
          verdict: verdict(home, country, indicator)
        };
      })
  }));
}
