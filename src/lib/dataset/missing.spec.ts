import { describe, expect, it } from 'vitest';
import { readCell } from './missing';

describe('readCell', () => {
  it.each([
    ['', { value: null, missing: 'mangler i kilden (tom celle)' }],
    [null, { value: null, missing: 'mangler i kilden (tom celle)' }],
    [':', { value: null, missing: 'skjermet (:)' }],
    ['.', { value: null, missing: 'ikke mulig å oppgi (.)' }],
    ['..', { value: null, missing: 'mangler i kilden (..)' }],
    ['*', { value: null, missing: 'skjermet, for få elever eller personer (*)' }],
    ['0.057', { value: 0.057, missing: '' }],
    ['4,5', { value: 4.5, missing: '' }],
    [14.2, { value: 14.2, missing: '' }],
    ['abc', { value: undefined, text: 'abc' }],
    ['-', { value: undefined, text: '-' }]
  ])('reads %j', (raw, expected) => {
    expect(readCell(raw)).toEqual(expected);
  });

  it("reads SSB's '-' as a real zero only when asked", () => {
    expect(readCell('-', true)).toEqual({ value: 0, missing: '' });
    expect(readCell(':', true).value).toBeNull();
  });
});
