// Home's change over time in words, and the family page's summary sentence.
import { describe, expect, test } from 'vitest';
import { changes } from './change';
import { familySummary } from './familySummary';
import type { SeriesPoint } from '$lib/queries/series';

const point = (period: string, year: number, value: number | null): SeriesPoint => ({
  geo: '4001',
  geo_name: 'Porsgrunn',
  period,
  year,
  value,
  missing: value == null ? 'skjermet' : null,
  note: null,
  source: 'test'
});

describe('changes', () => {
  test.each([
    ['lower-better', 12.3, 11.9, 'bedre'],
    ['lower-better', 11.9, 12.3, 'dårligere'],
    ['higher-better', 80.0, 80.7, 'bedre'],
    ['higher-better', 80.7, 80.0, 'dårligere'],
    ['higher-better', 80.74, 80.66, 'uendret'], // both show as 80,7
    ['higher-better', 80.64, 80.66, 'bedre'], // 80,6 → 80,7 shows
    ['neutral', 5.0, 5.5, 'høyere'],
    ['neutral', 5.5, 5.0, 'lavere']
  ] as const)('%s from %s to %s is %s', (polarity, from, to, word) => {
    expect(
      changes([point('2023', 2023, from), point('2024', 2024, to)], polarity).sincePrevious?.change
    ).toBe(word);
  });

  test('skips periods without a value and measures the series from its first value', () => {
    const points = [
      point('2019', 2019, null),
      point('2020', 2020, 5.4),
      point('2021', 2021, 12.3),
      point('2022', 2022, null),
      point('2023', 2023, 11.9)
    ];
    const { sincePrevious, overSeries } = changes(points, 'lower-better');
    expect(sincePrevious).toMatchObject({
      from: { period: '2021' },
      to: { period: '2023' },
      diff: -0.4,
      change: 'bedre'
    });
    expect(overSeries).toMatchObject({ from: { period: '2020' }, diff: 6.5, change: 'dårligere' });
  });

  test('needs two periods with a value', () => {
    expect(changes([point('2023', 2023, 9.2), point('2024', 2024, null)], 'lower-better')).toEqual({
      sincePrevious: null,
      overSeries: null
    });
  });
});

describe('familySummary', () => {
  test('counts better and worse, and names the rest only when there is any', () => {
    const text = familySummary(
      [
        { verdict: 'bedre', change: 'dårligere' },
        { verdict: 'dårligere', change: 'bedre' },
        { verdict: 'dårligere', change: 'uendret' },
        { verdict: 'likt', change: null },
        { verdict: 'høyere', change: 'lavere' },
        { verdict: 'ukjent', change: 'uendret' }
      ],
      'Skien'
    );
    expect(text).toBe(
      'Skien er bedre enn landet på 1 og dårligere på 2 av 6 indikatorer (1 likt, 1 uten retning og 1 uten tall å sammenligne). ' +
        'Siden forrige periode er 1 blitt bedre og 1 dårligere (2 uendret, 1 uten retning og 1 uten tidligere tall).'
    );
  });

  test('one indicator is «indikator»', () => {
    expect(familySummary([{ verdict: 'bedre', change: 'dårligere' }], 'Porsgrunn')).toBe(
      'Porsgrunn er bedre enn landet på 1 og dårligere på 0 av 1 indikator. Siden forrige periode er 0 blitt bedre og 1 dårligere.'
    );
  });

  test('a theme with no better direction (barnevern) states moves up and down, never a verdict', () => {
    expect(familySummary([{ verdict: 'lavere', change: 'høyere' }], 'Porsgrunn')).toBe(
      'Indikatoren i dette temaet har ingen «bedre» retning, så Porsgrunn blir ikke vurdert som bedre eller dårligere enn landet. Siden forrige periode er 1 gått opp og 0 gått ned.'
    );
  });
});
