// The nb-NO numbers are written without Intl (its locale data is slow to load in a browser): they must read exactly as
// Intl.NumberFormat('nb-NO') writes them, for every kind of value the pages show.
import { describe, expect, it } from 'vitest';
import { number, plainNumber } from './format';

const intlOne = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const intlAsIs = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 6, useGrouping: 'min2' });
const nbsp = (s: string) => s.replace(/\s/g, '\u00a0');

// Generated values (not data): halves at every decimal, binary near-halves, tiny, huge, negative and special numbers.
const edge = [
  0,
  -0,
  0.05,
  0.15,
  0.25,
  0.35,
  0.45,
  0.95,
  -0.04,
  -0.05,
  1.005,
  9.95,
  99.95,
  999.95,
  9999.95,
  99999.95,
  0.1 + 0.2,
  1234.5,
  12345.67,
  -1234.5,
  2022,
  1e21,
  1.5e21,
  1.5e-7,
  -1.5e-7,
  5e-7,
  4.9999995,
  0.0000005,
  123456789.123,
  42.1,
  150.9,
  -0.6,
  1e-300,
  Number.MAX_SAFE_INTEGER,
  NaN,
  Infinity,
  -Infinity
];
function generated(count: number) {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => {
    const magnitude = 10 ** Math.floor(next() * 14 - 7);
    const x = (next() - 0.5) * 2 * magnitude;
    // every third value a decimal with few digits, where ties and carries happen
    return i % 3 ? x : Math.round(x * 1000) / 1000 + (i % 2 ? 0.05 : 0.0005);
  });
}

describe('number and plainNumber write what Intl nb-NO writes', () => {
  it.each(edge)('%s', (x) => {
    expect(number(x)).toBe(nbsp(intlOne.format(x)));
    expect(plainNumber(x)).toBe(nbsp(intlAsIs.format(x)));
  });

  it('for 50 000 generated values of every size', () => {
    const wrong = generated(50_000).filter(
      (x) => number(x) !== nbsp(intlOne.format(x)) || plainNumber(x) !== nbsp(intlAsIs.format(x))
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('reads as Norwegians write: decimal comma, non-breaking space, minus sign', () => {
    expect(number(-12345.67)).toBe('−12\u00a0345,7');
    expect(plainNumber(2022)).toBe('2022');
    expect(plainNumber(12345)).toBe('12\u00a0345');
  });
});
