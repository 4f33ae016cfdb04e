// The one-sentence text alternative under a chart: the newest values in words.
import type { Indicator, Unit } from '$lib/dataset/schema';
import type { SeriesPoint } from './series';
import { valueText } from '$lib/format';
import { verdict } from './verdict';
import { verdictText } from './wording';
import { HOME } from '$lib/dataset/schema';
import { countyLevel, countyLevelText } from './countyLevel';

/**
 * «I 2023-2025 var verdien 42,3 poeng i Porsgrunn, 42,8 poeng i Telemark og 43,5 poeng i Norge;
 * Porsgrunn er dårligere enn landet.» Uses the newest period where home has a value.
 */
export function summary(
  points: SeriesPoint[],
  indicator: Indicator,
  roles: { home: string; country: string }
): string {
  const newest = points.filter((p) => p.geo === roles.home && p.value != null).at(-1);
  const county = newest ? null : countyLevel(points, { ...HOME, home: roles.home, country: roles.country });
  if (county) {
    const parts = [county.county, county.country].flatMap((p) =>
      p ? [`${valueText(p.value, indicator.unit)} i ${p.geo_name}`] : []
    );
    return `I ${county.county.period} var verdien ${parts.join(' og ')}. ${countyLevelText(HOME.name)}`;
  }
  if (!newest) return `Det finnes ingen verdier for ${HOME.name} i denne serien.`;
  const rank = (geo: string) => (geo === roles.home ? 0 : geo === roles.country ? 2 : 1);
  const same = points.filter((p) => p.period === newest.period).sort((a, b) => rank(a.geo) - rank(b.geo));
  const parts = same.map((p) => `${valueText(p.value, indicator.unit)} i ${p.geo_name}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}` : parts[0];
  const country = same.find((p) => p.geo === roles.country)?.value ?? null;
  const comparison =
    country == null
      ? ''
      : ` ${newest.geo_name} er ${verdictText(verdict(newest.value, country, indicator))}.`;
  return `I ${newest.period} var verdien ${list}.${comparison}`;
}

/** The words a screen reader hears for a sparkline: first and last period with values. */
export function sparklineText(points: SeriesPoint[], unit: Unit): string {
  const withValue = points.filter((p) => p.value != null);
  if (withValue.length === 0) return `Ingen verdier for ${HOME.name}`;
  const [first, last] = [withValue[0], withValue.at(-1)!];
  if (first === last) return `${HOME.name} ${valueText(last.value, unit)} i ${last.period}`;
  return `${HOME.name} fra ${valueText(first.value, unit)} i ${first.period} til ${valueText(last.value, unit)} i ${last.period}`;
}
