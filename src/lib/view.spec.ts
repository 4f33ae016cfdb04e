import { describe, expect, test } from 'vitest';
import { parseView, viewSearch } from './view';

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
    expect(parseView(new URLSearchParams(search), valid)).toEqual({ breakdown: 'gutter', added: ['4005', '4003'] });
  });
});
