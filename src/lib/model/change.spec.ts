// Home's change over time in words, and the family page's summary sentence.
import { describe, expect, test } from 'vitest';
import { changes } from './change';
import { familySummary } from './familySummary';
import type { SeriesPoint } from './series';
import type { Indicator } from '$lib/dataset/schema';

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

const ind = (polarity: Indicator['polarity'], over: Partial<Indicator> = {}) =>
  ({ id: 'x', unit: 'prosent', polarity, period_type: 'annual', ...over }) as Indicator;

describe('changes', () => {
  test.each([
    ['lower-better', 12.3, 10.9, 'bedre'],
    ['lower-better', 10.9, 12.3, 'dårligere'],
    ['higher-better', 80.0, 81.7, 'bedre'],
    ['higher-better', 81.7, 80.0, 'dårligere'],
    ['higher-better', 80.0, 81.0, 'uendret'], // exactly the margin does not count
    ['higher-better', 80.74, 80.66, 'uendret'],
    ['neutral', 5.0, 6.5, 'høyere'],
    ['neutral', 6.5, 5.0, 'lavere'],
    ['neutral', 5.0, 5.5, 'uendret']
  ] as const)('%s from %s to %s is %s', (polarity, from, to, word) => {
    expect(
      changes([point('2023', 2023, from), point('2024', 2024, to)], ind(polarity)).sincePrevious?.change
    ).toBe(word);
  });

  test('skips periods without a value (suppressed) and measures the series from its first value', () => {
    const points = [
      point('2019', 2019, null),
      point('2020', 2020, 5.4),
      point('2021', 2021, 12.3),
      point('2022', 2022, null),
      point('2023', 2023, 10.9)
    ];
    const { sincePrevious, overSeries } = changes(points, ind('lower-better'));
    expect(sincePrevious).toMatchObject({
      from: { period: '2021' },
      to: { period: '2023' },
      diff: -1.4,
      change: 'bedre'
    });
    expect(overSeries).toMatchObject({ from: { period: '2020' }, diff: 5.5, change: 'dårligere' });
  });

  test('never compares overlapping rolling periods: the newest non-overlapping one instead', () => {
    const rolling = ind('lower-better', { period_type: '3-year rolling' });
    const points = [
      point('2017-2019', 2019, 9.0),
      point('2020-2022', 2022, 7.0),
      point('2021-2023', 2023, 6.8),
      point('2022-2024', 2024, 6.6),
      point('2023-2025', 2025, 6.6)
    ];
    expect(changes(points, rolling).sincePrevious).toMatchObject({
      from: { period: '2020-2022' },
      diff: -0.4,
      change: 'uendret'
    });
    expect(changes(points.slice(2), rolling)).toEqual({ sincePrevious: null, overSeries: null });
  });

  test('a rounded newest value is compared at its precision (whole percent)', () => {
    // 12,6 → 12 (whole percent) reads as −0,6 at one decimal, but is 13 → 12 at the coarser precision.
    const points = [
      point('2018-2020', 2020, 12.6),
      { ...point('2021-2023', 2023, 12), note: 'Avrundet til hele prosent i kilden.' }
    ];
    const m = changes(points, ind('lower-better', { period_type: '3-year rolling' })).sincePrevious;
    expect(m).toMatchObject({ diff: -1, change: 'uendret' });
  });

  test('a survey needs a larger change', () => {
    const points = [point('2021', 2021, 49.8), point('2024', 2024, 51.1)];
    expect(changes(points, ind('higher-better', { period_type: 'survey year' })).sincePrevious?.change).toBe(
      'uendret'
    );
  });

  test('needs two periods with a value', () => {
    expect(changes([point('2023', 2023, 9.2), point('2024', 2024, null)], ind('lower-better'))).toEqual({
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
      'Skien er bedre enn landet på 1 og dårligere på 2 av 6 indikatorer (1 om lag som landet, 1 uten retning og 1 uten tall å sammenligne). ' +
        'Siden forrige sammenlignbare periode er 1 blitt bedre og 1 dårligere (2 uendret, 1 uten retning og 1 uten tidligere tall).'
    );
  });

  test('one indicator is «indikator»', () => {
    expect(familySummary([{ verdict: 'bedre', change: 'dårligere' }], 'Porsgrunn')).toBe(
      'Porsgrunn er bedre enn landet på 1 og dårligere på 0 av 1 indikator. Siden forrige sammenlignbare periode er 0 blitt bedre og 1 dårligere.'
    );
  });

  test('a theme with no better direction (barnevern) states moves up and down, never a verdict', () => {
    expect(familySummary([{ verdict: 'lavere', change: 'høyere' }], 'Porsgrunn')).toBe(
      'Indikatoren i dette temaet har ingen «bedre» retning, så Porsgrunn blir ikke vurdert som bedre eller dårligere enn landet. Siden forrige sammenlignbare periode er 1 gått opp og 0 gått ned.'
    );
  });
});
