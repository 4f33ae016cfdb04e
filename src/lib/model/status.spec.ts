// Goal status rules on small generated series (test data, not real figures), one row per rule.
import { describe, expect, test } from 'vitest';
import { byStatus, goalStatus, STATUS_ORDER } from './status';
import type { Goal, Indicator } from '$lib/dataset/schema';
import type { SeriesPoint } from './series';

const roles = { home: 'H', country: 'N' };
const indicator = (over: Partial<Indicator> = {}) =>
  ({ id: 'i', unit: 'prosent', polarity: 'lower-better', period_type: 'annual', ...over }) as Indicator;
const goal = (over: Partial<Goal> = {}) =>
  ({
    id: 'g',
    target_kind: 'direction',
    direction: '',
    baseline_period: '',
    target_value: null,
    ...over
  }) as Goal;
const pts = (geo: string, values: (number | null)[], start = 2018): SeriesPoint[] =>
  values.map((value, i) => ({
    geo,
    geo_name: geo,
    period: String(start + i),
    year: start + i,
    value,
    missing: null,
    note: null,
    source: 'generated'
  }));

describe('goalStatus', () => {
  test.each([
    ['falling share, lower is better', [10, 9, 8, 6], 'på rett vei'],
    ['rising share, lower is better', [6, 7, 8, 9], 'ikke på rett vei'],
    ['change under the tolerance', [8, 8.3, 8.1, 8.5], 'uendret / usikkert'],
    ['no value for home', [null, null], 'mangler data'],
    ['a single period', [null, 7], 'uendret / usikkert']
  ] as const)('direction: %s → %s', (_, values, status) => {
    expect(goalStatus(goal(), indicator(), pts('H', [...values]), roles).status).toBe(status);
  });

  test('uses the plan baseline period when given', () => {
    const s = goalStatus(goal({ baseline_period: '2019' }), indicator(), pts('H', [5, 10, 9, 8.5]), roles);
    expect(s.baseline?.period).toBe('2019');
    expect(s.status).toBe('på rett vei');
  });

  test('calls overlapping 3-year periods uncertain, however large the change', () => {
    const s = goalStatus(
      goal({ baseline_period: '2020' }),
      indicator({ period_type: '3-year rolling' }),
      pts('H', [12, 12, 12, 5]),
      roles
    );
    expect(s.status).toBe('uendret / usikkert');
    expect(s.reason).toContain('overlapper');
  });

  test.each([
    ['at the national level', [8, 7], [7, 7], 'på rett vei'],
    ['worse than Norway and not closing in', [8, 9], [7, 7], 'ikke på rett vei'],
    ['worse than Norway but moving the right way', [12, 9], [7, 7], 'på rett vei']
  ] as const)('national level: %s → %s', (_, home, country, status) => {
    const s = goalStatus(
      goal({ target_kind: 'national-level' }),
      indicator(),
      [...pts('H', [...home]), ...pts('N', [...country])],
      roles
    );
    expect(s.status).toBe(status);
  });

  test('number by year: reached when at or better than the target', () => {
    const s = goalStatus(
      goal({ target_kind: 'number-by-year', target_value: 90, direction: 'up' }),
      indicator({ polarity: 'higher-better' }),
      pts('H', [85, 91]),
      roles
    );
    expect(s.status).toBe('på rett vei');
  });
});

describe('byStatus', () => {
  test('lists measured goals first, off course at the top, and keeps the order within a status', () => {
    const goals = (
      [
        'mangler data',
        'på rett vei',
        'ikke målt her ennå',
        'ikke på rett vei',
        'på rett vei',
        'uendret / usikkert'
      ] as const
    ).map((status, i) => ({ status, i }));
    expect(byStatus(goals).map((g) => `${g.status} ${g.i}`)).toEqual([
      'ikke på rett vei 3',
      'uendret / usikkert 5',
      'på rett vei 1',
      'på rett vei 4',
      'mangler data 0',
      'ikke målt her ennå 2'
    ]);
    expect(STATUS_ORDER).toHaveLength(5);
  });
});
