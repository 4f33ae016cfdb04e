import { describe, expect, test } from 'vitest';
import { inRange, parseView, viewSearch } from './view';

const valid = { breakdowns: ['alle', 'jenter', 'gutter'], codes: ['4003', '4005'] };

describe('view in the URL', () => {
  test.each([
    ['', { breakdown: null, added: [] }],
    ['?vis=jenter&kommuner=4003,4005', { breakdown: 'jenter', added: ['4003', '4005'] }],
    ['?vis=ukjent&kommuner=9999,4003,4003', { breakdown: null, added: ['4003'] }],
    ['?kommuner=%3Cscript%3E', { breakdown: null, added: [] }]
  ])('parseView(%s)', (search, view) => {
    expect(parseView(new URLSearchParams(search), valid)).toEqual(view);
  });

  test('viewSearch round-trips and leaves the default out', () => {
    expect(viewSearch({ breakdown: 'alle', added: [] }, 'alle')).toBe('');
    const search = viewSearch({ breakdown: 'gutter', added: ['4005', '4003'] }, 'alle');
    expect(search).toBe('?vis=gutter&kommuner=4005,4003');
    expect(parseView(new URLSearchParams(search), valid)).toEqual({
      breakdown: 'gutter',
      added: ['4005', '4003']
    });
  });

  test('a year range: kept when both years exist, swapped when reversed, dropped when unknown; round-trips', () => {
    const years = { ...valid, years: [2015, 2016, 2017, 2018] };
    expect(parseView(new URLSearchParams('?fra=2016&til=2018'), years)).toEqual({
      breakdown: null,
      added: [],
      from: 2016,
      to: 2018
    });
    expect(parseView(new URLSearchParams('?fra=2018&til=2016'), years)).toMatchObject({
      from: 2016,
      to: 2018
    });
    expect(parseView(new URLSearchParams('?fra=1999&til=abc'), years)).toMatchObject({
      from: null,
      to: null
    });
    const search = viewSearch({ breakdown: null, added: ['4003'], from: 2016, to: null }, 'alle');
    expect(search).toBe('?kommuner=4003&fra=2016');
    expect(parseView(new URLSearchParams(search), years)).toEqual({
      breakdown: null,
      added: ['4003'],
      from: 2016,
      to: null
    });
  });

  test('inRange keeps the years inside the range, ends included', () => {
    const points = [2015, 2016, 2017, 2018].map((year) => ({ year }));
    expect(inRange(points, { from: 2016, to: 2017 }).map((p) => p.year)).toEqual([2016, 2017]);
    expect(inRange(points, { from: null, to: 2015 }).map((p) => p.year)).toEqual([2015]);
    expect(inRange(points, {})).toHaveLength(4);
  });
});
