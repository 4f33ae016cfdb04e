// Breaks are read from the country's notes: the first period of a run of «Brudd i serien» notes, placed midway.
import { describe, expect, test } from 'vitest';
import { testPoint } from '$lib/charts/fixtures';
import { breaks, breakText } from './breaks';

/** TEST DATA: made-up school years, the 2018 one noted as a break on Norway's and the county's line, a merger on 99 only. */
const noted = (geo: string, year: number, note: string | null) => ({
  ...testPoint(geo, geo === '0' ? 'Testlandet' : 'Testfylket', year, 3),
  period: `${year - 1}-${String(year).slice(2)}`,
  note
});
const POINTS = [
  noted('0', 2017, null),
  noted('0', 2018, 'Brudd i serien (Udir): Ny telling.'),
  noted('0', 2019, 'Brudd i serien (Udir): Ny telling.'),
  noted('0', 2020, null),
  noted('99', 2020, 'Brudd i serien (Udir): Fylket er slått sammen.')
];

describe('breaks', () => {
  test('one break at the start of a run of notes on the country’s line, midway between the two periods', () => {
    expect(breaks(POINTS, '0')).toEqual([
      { year: 2017.5, before: '2016-17', after: '2017-18', note: 'Ny telling.' }
    ]);
  });

  test('a note on a county only (a merger) is not a break of the series; no notes, no breaks', () => {
    expect(
      breaks(
        POINTS.filter((p) => p.geo === '99'),
        '0'
      )
    ).toEqual([]);
    expect(
      breaks(
        POINTS.map((p) => ({ ...p, note: null })),
        '0'
      )
    ).toEqual([]);
  });

  test('says between which periods and why', () => {
    expect(breakText(breaks(POINTS, '0')[0])).toBe('Brudd i serien mellom 2016-17 og 2017-18: Ny telling.');
  });
});
