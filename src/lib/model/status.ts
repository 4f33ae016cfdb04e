// Goal status computed from data, never typed by hand: the rules here are the ones the Mål page states.
import type { Goal, Indicator } from '$lib/dataset/schema';
import type { SeriesPoint } from './series';
import { number } from '$lib/format';
import { counts, difference, margin, overlaps, step } from './margin';

export type Status =
  'på rett vei' | 'ikke på rett vei' | 'uendret / usikkert' | 'mangler data' | 'ikke målt her ennå';

/** The order goals are listed in: measured first, those off course at the top; then those the data cannot judge. */
export const STATUS_ORDER: Status[] = [
  'ikke på rett vei',
  'uendret / usikkert',
  'på rett vei',
  'mangler data',
  'ikke målt her ennå'
];

/** Goals in STATUS_ORDER, in their own order within a status. */
export function byStatus<T extends { status: Status }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => STATUS_ORDER.indexOf(a.item.status) - STATUS_ORDER.indexOf(b.item.status) || a.i - b.i)
    .map((x) => x.item);
}

export interface GoalStatus {
  status: Status;
  reason: string; // the rule's outcome in words, with the numbers
  newest: SeriesPoint | null; // Porsgrunn's newest value
  baseline: SeriesPoint | null; // the plan's baseline period (or the oldest of the last three)
  country: number | null; // Norway in the newest period
  lastThree: SeriesPoint[]; // Porsgrunn's last three periods with a value, oldest first
}

type Direction = 'up' | 'down';

function wanted(goal: Goal, indicator: Indicator): Direction | null {
  if (goal.direction) return goal.direction;
  if (indicator.polarity === 'higher-better') return 'up';
  if (indicator.polarity === 'lower-better') return 'down';
  return null;
}

const signed = (d: number, dir: Direction) => (dir === 'up' ? d : -d);

/**
 * Status of `goal` measured by `indicator`, from the home (`home`) and national (`country`) points of
 * one series, oldest first. A change counts only by the rule in margin.ts: larger than the indicator's
 * margin, and for rolling averages only between periods that do not overlap.
 */
export function goalStatus(
  goal: Goal,
  indicator: Indicator,
  points: SeriesPoint[],
  roles: { home: string; country: string }
): GoalStatus {
  const home = points.filter((p) => p.geo === roles.home && p.value != null);
  const newest = home.at(-1) ?? null;
  const lastThree = home.slice(-3);
  const base = home.find((p) => p.period === goal.baseline_period) ?? null;
  const baseline = base && base !== newest ? base : lastThree.length > 1 ? lastThree[0] : null;
  const country = newest
    ? (points.find((p) => p.geo === roles.country && p.period === newest.period)?.value ?? null)
    : null;
  const result = (status: Status, reason: string): GoalStatus => ({
    status,
    reason,
    newest,
    baseline,
    country,
    lastThree
  });
  if (!newest) return result('mangler data', 'Det finnes ingen verdi for Porsgrunn i serien.');

  const tol = margin(indicator);
  const dir = wanted(goal, indicator);
  const change = baseline
    ? difference(baseline.value!, newest.value!, Math.max(step(baseline), step(newest)))
    : null;
  const overlap = baseline ? overlaps(baseline, newest, indicator.period_type) : true;
  const moved =
    change != null && !overlap && counts(change, indicator) && dir ? signed(change, dir) > 0 : null;
  const since = baseline ? `fra ${baseline.period} til ${newest.period}` : '';

  if (goal.target_kind === 'national-level' || goal.target_kind === 'number-by-year') {
    const target = goal.target_kind === 'national-level' ? country : goal.target_value;
    if (target == null || !dir)
      return result('mangler data', 'Mangler tall å sammenligne med for samme periode.');
    const gap = signed(difference(target, newest.value!, step(newest)), dir);
    const what = goal.target_kind === 'national-level' ? 'landsnivået' : 'målet';
    if (gap >= -tol)
      return result('på rett vei', `Porsgrunn er på eller bedre enn ${what} i ${newest.period}.`);
    if (moved === true)
      return result(
        'på rett vei',
        `Porsgrunn er ikke på ${what} ennå, men har beveget seg riktig vei ${since}.`
      );
    return result(
      'ikke på rett vei',
      `Porsgrunn er dårligere enn ${what} i ${newest.period}, og har ikke nærmet seg ${since || 'i perioden'}.`.replace(
        '  ',
        ' '
      )
    );
  }
  if (!dir)
    return result(
      'uendret / usikkert',
      'Indikatoren har ingen retning som er bedre; planen sier ikke hvilken vei den skal.'
    );
  if (!baseline) return result('uendret / usikkert', 'Bare én periode med tall: ingen utvikling å vurdere.');
  if (overlap)
    return result(
      'uendret / usikkert',
      `Periodene ${baseline.period} og ${newest.period} overlapper; endringen kan ikke vurderes ennå.`
    );
  if (moved === null)
    return result(
      'uendret / usikkert',
      `Endringen ${since} er ikke større enn ${number(tol)} ${indicator.unit === 'prosent' ? 'prosentpoeng' : indicator.unit}, grensen for denne indikatoren.`
    );
  return moved
    ? result('på rett vei', `Utviklingen ${since} går den veien planen ønsker.`)
    : result('ikke på rett vei', `Utviklingen ${since} går motsatt vei av det planen ønsker.`);
}
