// Home's own change over time in words, judged like the comparison with Norway: by polarity, at one decimal.
import type { Polarity } from '$lib/dataset/schema';
import type { SeriesPoint } from '$lib/queries/series';
import { verdict } from './verdict';

export type Change = 'bedre' | 'dårligere' | 'uendret' | 'høyere' | 'lavere';

/** A change between two of home's periods that both have a value; `diff` is to − from as shown (one decimal), in the indicator's unit. */
export interface Movement {
  from: SeriesPoint;
  to: SeriesPoint;
  diff: number;
  change: Change;
}

/**
 * The newest period against the one before it (`sincePrevious`) and against the first (`overSeries`), from
 * one geography's points, oldest first; periods without a value are skipped, null when fewer than two remain.
 * A difference that does not show at one decimal is «uendret», as «likt» is against Norway.
 */
export function changes(
  points: SeriesPoint[],
  polarity: Polarity
): { sincePrevious: Movement | null; overSeries: Movement | null } {
  const valued = points.filter((p) => p.value != null);
  if (valued.length < 2) return { sincePrevious: null, overSeries: null };
  const to = valued.at(-1)!;
  const movement = (from: SeriesPoint): Movement => {
    const v = verdict(to.value, from.value, polarity);
    const diff = (Math.round(to.value! * 10) - Math.round(from.value! * 10)) / 10;
    return { from, to, diff, change: v === 'likt' ? 'uendret' : (v as Change) };
  };
  return { sincePrevious: movement(valued.at(-2)!), overSeries: movement(valued[0]) };
}
