// The best quarter of generated municipalities (test values, not real figures).
import { describe, expect, test } from 'vitest';
import { bestQuarter } from './bestQuarter';
import type { SeriesPoint } from './series';

const rows = (values: (number | null)[]): SeriesPoint[] =>
  values.map((value, i) => ({
    geo: String(9901 + i),
    geo_name: `K${i}`,
    period: '2024',
    year: 2024,
    value,
    missing: value == null ? 'skjermet' : null,
    note: null,
    source: 'generated'
  }));

describe('bestQuarter', () => {
  const seventeen = rows([...Array(17).keys()].map((i) => i + 1));
  test('5 of 17, best by polarity; county and country rows and suppressed values left out', () => {
    expect(bestQuarter(seventeen, { polarity: 'higher-better' })).toEqual([13, 17]);
    expect(bestQuarter(seventeen, { polarity: 'lower-better' })).toEqual([1, 5]);
    const withOthers = [...rows([1, 2, 3, null, 4]), { ...seventeen[0], geo: '40', value: 100 }];
    expect(bestQuarter(withOthers, { polarity: 'higher-better' })).toEqual([4, 4]);
  });
  test('no yardstick for a neutral indicator or fewer than four municipalities', () => {
    expect(bestQuarter(seventeen, { polarity: 'neutral' })).toBeNull();
    expect(bestQuarter(rows([1, 2, 3]), { polarity: 'higher-better' })).toBeNull();
  });
});
