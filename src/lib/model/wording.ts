// The words and shapes every page uses for a verdict and a change: one place, so no two pages disagree.
import type { Unit } from '$lib/dataset/schema';
import { changeText, differenceText } from '$lib/format';
import type { Verdict } from './verdict';
import type { Change, Movement } from './change';

/** The verdict as a phrase: «bedre enn landet», «om lag som landet», «kan ikke sammenlignes: tall mangler». */
export function verdictText(v: Verdict, other = 'landet'): string {
  if (v === 'ukjent') return 'kan ikke sammenlignes: tall mangler';
  if (v === 'likt') return `om lag som ${other}`;
  return `${v} enn ${other}`;
}

/** A shape for each verdict and change, so nothing is said by colour alone. */
export const SHAPE: Record<Verdict | Change, string> = {
  bedre: '▲',
  dårligere: '▼',
  likt: '●',
  uendret: '●',
  høyere: '◆',
  lavere: '◆',
  ukjent: '○'
};

/** The direction of the value itself, whatever is better: ↗ up, ↘ down, → about the same. */
export function trendArrow(m: Movement | null): string {
  if (!m || m.change === 'uendret') return '→';
  return m.diff > 0 ? '↗' : '↘';
}

/**
 * The trend in words: «ned 1,3 poeng siden 2020-2022 (bedre)», «om lag uendret siden 2020 (+0,4 prosentpoeng)»;
 * «ingen tidligere periode å sammenligne med» when there is none that does not overlap.
 */
export function trendText(m: Movement | null, unit: Unit): string {
  if (!m) return 'ingen tidligere periode å sammenligne med';
  const size = differenceText(m.diff, unit);
  if (m.change === 'uendret') return `om lag uendret siden ${m.from.period} (${changeText(m.diff, unit)})`;
  const way = m.diff > 0 ? 'opp' : 'ned';
  const judged = m.change === 'bedre' || m.change === 'dårligere' ? ` (${m.change})` : '';
  return `${way} ${size} siden ${m.from.period}${judged}`;
}

/** A breakdown as a reader names it: «alle» is everyone together, not a filter. */
export function groupName(breakdown: string): string {
  return breakdown === 'alle' ? 'alle samlet' : breakdown;
}
