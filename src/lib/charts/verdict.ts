// Home against a comparator in words, from the indicator's polarity.
import type { Polarity } from '$lib/dataset/schema';

export type Verdict = 'bedre' | 'dårligere' | 'likt' | 'høyere' | 'lavere' | 'ukjent';

/**
 * Compares values as shown (rounded to one decimal), so that a difference a reader cannot see
 * is never called better or worse. Neutral indicators get «høyere» / «lavere», not a judgement.
 */
export function verdict(home: number | null, other: number | null, polarity: Polarity): Verdict {
  if (home == null || other == null) return 'ukjent';
  const diff = Math.round(home * 10) - Math.round(other * 10);
  if (diff === 0) return 'likt';
  if (polarity === 'neutral') return diff > 0 ? 'høyere' : 'lavere';
  const higherIsBetter = polarity === 'higher-better';
  return diff > 0 === higherIsBetter ? 'bedre' : 'dårligere';
}

/** The verdict as a phrase: «bedre enn landet», «likt med landet», «mangler tall». */
export function verdictText(v: Verdict, other = 'landet'): string {
  if (v === 'ukjent') return 'kan ikke sammenlignes: tall mangler';
  if (v === 'likt') return `likt med ${other}`;
  return `${v} enn ${other}`;
}
