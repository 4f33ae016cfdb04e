// A series with county and country only: its newest county value and Norway beside it, and home never given one.
import { describe, expect, test } from 'vitest';
import { testPoint } from '$lib/charts/fixtures';
import { countyLevel } from './countyLevel';

/** TEST DATA: made-up values; 98 stands for the former county (38), 99 for today's (40). */
const ROLES = { home: '9901', county: '99', formerCounty: '98', country: '0' };
const POINTS = [
  testPoint('99', 'Testfylket', 2019, 3.7),
  testPoint('98', 'Det gamle fylket', 2021, 2.9),
  testPoint('0', 'Testlandet', 2019, 3.4),
  testPoint('0', 'Testlandet', 2021, 3.0)
];

describe('countyLevel', () => {
  test('the newest county point (former or today’s) with the country in the same period', () => {
    const found = countyLevel(POINTS, ROLES);
    expect([found?.county.geo, found?.county.year, found?.country?.value]).toEqual(['98', 2021, 3.0]);
  });

  test('null when home has any row, even a missing one, or when no county has a value', () => {
    expect(countyLevel([...POINTS, testPoint('9901', 'Testby', 2019, null)], ROLES)).toBeNull();
    expect(
      countyLevel(
        POINTS.filter((p) => p.geo === '0'),
        ROLES
      )
    ).toBeNull();
  });
});
