// Home's own change over time, judged by the same rule as the comparison with Norway (margin.ts).
import type { Indicator } from '$lib/dataset/schema';
import type { SeriesPoint } from './series';
import { counts, difference, overlaps, step } from './margin';

export type Change = 'bedre' | 'dårligere' | 'uendret' | 'høyere' | 'lavere';

/** A change between two of home's periods that both have a value; `diff` is to − from at the coarser precision. */
export interface Movement {
  from: SeriesPoint;
  to: SeriesPoint;
  diff: number;
  change: Change;
}

type Judged = Pick<Indicator, 'id' | 'unit' | 'period_type' | 'polarity'>;

/** The change from `from` to `to` in words: «uendret» unless larger than the indicator's margin. */
export function movement(from: SeriesPoint, to: SeriesPoint, indicator: Judged): Movement {
  const diff = difference(from.value!, to.value!, Math.max(step(from), step(to)));
  let change: Change = 'uendret';
  if (counts(diff, indicator)) {
    if (indicator.polarity === 'neutral') change = diff > 0 ? 'høyere' : 'lavere';
    else change = diff > 0 === (indicator.polarity === 'higher-better') ? 'bedre' : 'dårligere';
  }
  return { from, to, diff, change };
}

/**
 * The newest period against the newest earlier one it does not overlap (`sincePrevious`) and against the
 * first that does not overlap it (`overSeries`), from one geography's points, oldest first. Periods
 * without a value are skipped; null when no earlier period qualifies.
 */
export function changes(
  points: SeriesPoint[],
  indicator: Judged
): { sincePrevious: Movement | null; overSeries: Movement | null } {
  const valued = points.filter((p) => p.value != null);
  const to = valued.at(-1);
  const earlier = valued.slice(0, -1).filter((p) => to && !overlaps(p, to, indicator.period_type));
  if (!to || earlier.length === 0) return { sincePrevious: null, overSeries: null };
  return {
    sincePrevious: movement(earlier.at(-1)!, to, indicator),
    overSeries: movement(earlier[0], to, indicator)
  };
}
