// Formatting, verdicts and summaries: the words and numbers a reader sees.
import { describe, expect, test } from 'vitest';
import { changeText, number, plainNumber, rowCount, valueText } from './format';
import { verdict, verdictText } from './verdict';
import { summary } from './summary';
import type { Indicator } from '$lib/dataset/schema';

describe('format', () => {
  test.each([
    [9.2, 'prosent', '9,2\u00a0%'],
    [42.1, 'poeng', '42,1\u00a0poeng'],
    [1234.56, 'per 1000', '1\u00a0234,6 per\u00a01\u00a0000'],
    [2.7, 'forholdstall', '2,7'], // P90/P10 is a ratio, not «poeng»
    [null, 'prosent', '–']
  ] as const)('valueText(%s, %s) is %s', (v, unit, text) => {
    expect(valueText(v, unit)).toBe(text);
  });
  test('changeText signs the change and names percentage points', () => {
    expect(changeText(2.7, 'prosent')).toBe('+2,7\u00a0prosentpoeng');
    expect(changeText(-0.6, 'poeng')).toBe('−0,6\u00a0poeng');
    expect(changeText(0.1, 'forholdstall')).toBe('+0,1');
  });
  test('number uses a decimal comma and one decimal', () => {
    expect(number(5.0)).toBe('5,0');
  });
  test.each([
    [42.1, '42,1'],
    [2022, '2022'],
    [12345.5, '12\u00a0345,5'],
    [-0.25, '−0,25'],
    [0.1 + 0.2, '0,3']
  ])('plainNumber(%s) is %s', (v, text) => {
    expect(plainNumber(v)).toBe(text);
  });
  test('rowCount says «rad» for one and «rader» otherwise', () => {
    expect([0, 1, 12345].map(rowCount)).toEqual(['0 rader', '1 rad', '12\u00a0345 rader']);
  });
});

describe('verdict', () => {
  test.each([
    [42.1, 43.3, 'higher-better', 'dårligere'],
    [9.2, 7.0, 'lower-better', 'dårligere'],
    [5.0, 7.0, 'lower-better', 'bedre'],
    [7.04, 6.96, 'lower-better', 'likt'],
    [4.1, 3.2, 'neutral', 'høyere'],
    [null, 3.2, 'higher-better', 'ukjent']
  ] as const)('home %s against %s (%s) is %s', (home, other, polarity, expected) => {
    expect(verdict(home, other, polarity)).toBe(expected);
  });
  test('says it in words', () => {
    expect(verdictText('dårligere')).toBe('dårligere enn landet');
  });
});

describe('summary', () => {
  const indicator = { id: 'x', name: 'X', unit: 'poeng', polarity: 'higher-better' } as Indicator;
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
