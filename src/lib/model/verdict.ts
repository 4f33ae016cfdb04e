// Home against a comparator in the same period, by the one rule in margin.ts and the indicator's polarity.
import type { Indicator } from '$lib/dataset/schema';
import { counts, difference } from './margin';

export type Verdict = 'bedre' | 'dårligere' | 'likt' | 'høyere' | 'lavere' | 'ukjent';

type Judged = Pick<Indicator, 'id' | 'unit' | 'period_type' | 'polarity'>;

/**
 * «bedre» or «dårligere» only when the difference is larger than the indicator's margin (compared at the
 * coarser precision); else «likt» (om lag som). Neutral indicators get «høyere» / «lavere», not a judgement.
 */
export function verdict(
  home: number | null,
  other: number | null,
  indicator: Judged,
  coarser = 0.1 // the coarser rounding step of the two (margin.step)
): Verdict {
  if (home == null || other == null) return 'ukjent';
  const diff = difference(other, home, coarser);
  if (!counts(diff, indicator)) return 'likt';
  if (indicator.polarity === 'neutral') return diff > 0 ? 'høyere' : 'lavere';
  return diff > 0 === (indicator.polarity === 'higher-better') ? 'bedre' : 'dårligere';
}
