// Formatting: the numbers a reader sees.
import { describe, expect, test } from 'vitest';
import { changeText, hyphenated, number, plainNumber, rowCount, valueText } from '$lib/format';

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
  test('hyphenated puts soft hyphens at compound joints and changes nothing else', () => {
    const name = 'Psykiske plager (voksne 18+, Folkehelseundersøkelsen)';
    expect(hyphenated(name)).toBe('Psykiske plager (voksne 18+, Folkehelse\u00adundersøkelsen)');
    expect(hyphenated('Psykiske symptomer i primærhelsetjenesten')).toContain('primærhelse\u00adtjenesten');
    expect(hyphenated('Helse')).toBe('Helse');
    // the linking s belongs to the first part: «barneverns-tiltak», never «barnevern-stiltak»
    expect(hyphenated('Barn med barnevernstiltak')).toBe('Barn med barneverns\u00adtiltak');
    expect(hyphenated('barnevernet')).toBe('barnevernet');
    expect(hyphenated(name).replaceAll('\u00ad', '')).toBe(name);
  });
});
