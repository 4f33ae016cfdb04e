import { describe, expect, it } from 'vitest';
import { clean, parseNumber, percent, round } from './number';

describe('parseNumber', () => {
  it.each([
    ['5.7', 5.7],
    ['5,7', 5.7],
    ['12', 12],
    ['-0.5', -0.5],
    [' 0.059000000000000004 ', 0.059000000000000004],
    ['abc', null],
    ['1,2,3', null],
    ['', null],
    ['1 000', null],
    ['12%', null]
  ])('reads %j as %j', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

describe('percent, clean and round', () => {
  it.each([
    [0.059000000000000004, 5.9],
    [0.43799999999999994, 43.8],
    [0.9359999999999999, 93.6],
    [0.421, 42.1],
    [0.5, 50]
  ])('percent(%j) is %j', (fraction, expected) => {
    expect(percent(fraction)).toBe(expected);
  });

  it('keeps 12 significant digits, removing float noise', () => {
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(17.8397461679403)).toBe(17.8397461679);
  });

  it.each([
    [17.0514, 1, 17.1],
    [19.95, 1, 20],
    [3.4583333333, 2, 3.46],
    [-2.25, 1, -2.3]
  ])('round(%j, %j) is %j', (value, decimals, expected) => {
    expect(round(value, decimals)).toBe(expected);
  });
});
