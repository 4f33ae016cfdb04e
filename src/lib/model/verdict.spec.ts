// The one rule for better/worse (margin.ts) through verdict and summary: generated test values, not real figures.
import { describe, expect, test } from 'vitest';
import { verdict } from './verdict';
import { verdictText } from './wording';
import { summary } from './summary';
import { difference, margin, step } from './margin';
import type { Indicator } from '$lib/dataset/schema';

const ind = (over: Partial<Indicator> = {}) =>
  ({ id: 'x', unit: 'prosent', polarity: 'lower-better', period_type: 'annual', ...over }) as Indicator;

describe('verdict', () => {
  test.each([
    [42.1, 43.3, { unit: 'poeng', polarity: 'higher-better' }, 'dårligere'], // 1,2 > 0,5 poeng
    [9.2, 7.0, {}, 'dårligere'],
    [5.0, 7.0, {}, 'bedre'],
    [7.9, 7.0, {}, 'likt'], // 0,9 is not more than 1 prosentpoeng
    [8.0, 7.0, {}, 'likt'], // exactly the margin does not count
    [8.1, 7.0, {}, 'dårligere'],
    [4.1, 2.9, { polarity: 'neutral' }, 'høyere'],
    [4.1, 3.2, { polarity: 'neutral' }, 'likt'],
    [null, 3.2, { polarity: 'higher-better' }, 'ukjent'], // suppressed home value
    [3.2, null, {}, 'ukjent'],
    // Survey (Ungdata, a few hundred pupils): 51,1 vs 49,8 is not a difference.
    [51.1, 49.8, { polarity: 'higher-better', period_type: 'survey year' }, 'likt'],
    [55.0, 49.8, { polarity: 'higher-better', period_type: 'survey year' }, 'bedre']
  ] as const)('home %s against %s (%o) is %s', (home, other, over, expected) => {
    expect(verdict(home, other, ind(over as Partial<Indicator>))).toBe(expected);
  });
  test('a whole percent against one decimal is compared in whole percents', () => {
    expect(verdict(12, 13.4, ind(), 1)).toBe('likt'); // 12 vs 13
    expect(verdict(12, 13.6, ind(), 1)).toBe('bedre'); // 12 vs 14
    expect(verdict(12, 13.4, ind(), 0.1)).toBe('bedre'); // 1,4 at one decimal
  });
  test('says it in words', () => {
    expect(verdictText('dårligere')).toBe('dårligere enn landet');
    expect(verdictText('likt', 'Telemark')).toBe('om lag som Telemark');
  });
});

describe('margin', () => {
  test('surveys and pupil cohorts get a larger margin than registries; new indicators a default', () => {
    expect(margin(ind())).toBe(1);
    expect(margin(ind({ period_type: 'survey year' }))).toBe(4);
    expect(margin(ind({ id: 'mobbing_7', period_type: '3-year rolling' }))).toBe(2);
    expect(margin(ind({ id: 'never_seen', unit: 'poeng' }))).toBe(0.5);
  });
  test('difference compares at the coarser precision', () => {
    expect(difference(12.6, 12, 1)).toBe(-1);
    expect(difference(12.4, 12, 1)).toBe(0);
    expect(difference(12.6, 12)).toBe(-0.6);
    expect(difference(12.4, 12.1)).toBe(-0.3);
    expect(step({ note: 'Avrundet til hele prosent i kilden.' })).toBe(1);
    expect(step({ note: null })).toBe(0.1);
  });
});

describe('summary', () => {
  const indicator = {
    id: 'x',
    name: 'X',
    unit: 'poeng',
    polarity: 'higher-better',
    period_type: 'annual'
  } as Indicator;
  const p = (geo: string, geo_name: string, period: string, year: number, value: number | null) => ({
    geo,
    geo_name,
    period,
    year,
    value,
    missing: value == null ? 'skjermet' : null,
    note: null,
    source: 's'
  });
  test('names the newest period with a Porsgrunn value, every area, and the verdict', () => {
    const text = summary(
      [
        p('4001', 'Porsgrunn', '2020-2022', 2022, 42.1),
        p('0', 'Norge', '2020-2022', 2022, 43.3),
        p('4001', 'Porsgrunn', '2021-2023', 2023, null)
      ],
      indicator,
      { home: '4001', country: '0' }
    );
    expect(text).toBe(
      'I 2020-2022 var verdien 42,1\u00a0poeng i Porsgrunn og 43,3\u00a0poeng i Norge. Porsgrunn er dårligere enn landet.'
    );
  });
});
