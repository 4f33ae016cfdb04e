import { describe, expect, it } from 'vitest';
import { combine } from './combine';
import type { Draft } from './draft';

const draft = (
  code: string,
  year: number,
  value: number | null,
  line: number,
  codesInForce = true
): Draft => ({
  indicator: 'x',
  code,
  period: String(year),
  year,
  breakdown: 'alle',
  value,
  missing: value === null ? 'ikke mulig å oppgi (.)' : '',
  note: '',
  file: 'data/raw/ssb/x.xlsx',
  line,
  column: String(year),
  codesInForce
});

describe('combine', () => {
  it('joins 0805 (≤2019) and 3806 (2020) into one series for 4001, dropping the cells of codes not in force', () => {
    const { rows, problems } = combine([
      draft('0805', 2019, 14.3, 46),
      draft('0805', 2020, null, 46),
      draft('3806', 2019, null, 10),
      draft('3806', 2020, 14.2, 10)
    ]);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.geo, r.year, r.value, r.line])).toEqual([
      ['4001', 2019, 14.3, 46],
      ['4001', 2020, 14.2, 10]
    ]);
  });

  it('keeps one row when two codes give the same value, preferring the code in force', () => {
    const { rows } = combine([draft('3806', 2016, 40.4, 2295), draft('0805', 2016, 40.4, 1597)]);
    expect(rows.map((r) => [r.code, r.line])).toEqual([['0805', 1597]]);
  });

  it('reports two codes that give different values for the same period', () => {
    const { rows, problems } = combine([draft('0805', 2016, 40.4, 1597), draft('3806', 2016, 40.5, 2295)]);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'data/raw/ssb/x.xlsx',
        line: 2295,
        column: '2016',
        message: '«40.5» (3806) skiller seg fra «40.4» (0805, data/raw/ssb/x.xlsx:1597) for 4001 2016'
      }
    ]);
  });

  it('reports a duplicate key from the same code and file', () => {
    const { problems } = combine([draft('4001', 2024, 1, 3), draft('4001', 2024, 2, 9)]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [9, 'samme indikator, geografi, periode og inndeling står også på linje 3']
    ]);
  });

  it('keeps 38 and 0821 as their own series and reports unknown codes', () => {
    const { rows, problems } = combine([
      draft('38', 2021, 42.9, 2240),
      draft('0821', 2019, 28.9, 54),
      draft('4O01', 2024, 1, 7)
    ]);
    expect(rows.map((r) => r.geo)).toEqual(['38', '0821']);
    expect(problems.map((p) => p.message)).toEqual(['ukjent geografi «4O01»']);
  });

  it('keeps missing cells of back-cast sources (FHI labels every year with 2024 codes)', () => {
    const { rows } = combine([draft('4001', 2016, null, 84, false)]);
    expect(rows.map((r) => [r.geo, r.value, r.missing])).toEqual([['4001', null, 'ikke mulig å oppgi (.)']]);
  });
});
