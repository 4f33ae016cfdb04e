// The barometer's yardstick: the range of the best quarter of the county's municipalities (FHI uses the ten best of all).
import type { Indicator } from '$lib/dataset/schema';
import type { SeriesPoint } from './series';

/**
 * [low, high] of the best quarter (rounded up: 5 of 17) of the municipalities (4-digit codes) with a value in
 * `rows`, best by the indicator's polarity; null for a neutral indicator or fewer than four municipalities.
 */
export function bestQuarter(
  rows: SeriesPoint[],
  indicator: Pick<Indicator, 'polarity'>
): [number, number] | null {
  if (indicator.polarity === 'neutral') return null;
  const values = rows.filter((r) => r.geo.length === 4 && r.value != null).map((r) => r.value!);
  if (values.length < 4) return null;
  values.sort((a, b) => (indicator.polarity === 'higher-better' ? b - a : a - b));
  const best = values.slice(0, Math.ceil(values.length / 4));
  return [Math.min(...best), Math.max(...best)];
}
