// The trend in words counts a change in the unit the value has: never «poeng» for a rate or a ratio.
import { describe, expect, test } from 'vitest';
import { trendText } from './wording';
import type { Movement } from './change';
import type { SeriesPoint } from './series';

const move = (diff: number, change: Movement['change']): Movement => ({
  from: { period: '2020' } as SeriesPoint,
  to: { period: '2024' } as SeriesPoint,
  diff,
  change
});

describe('trendText', () => {
  test('each unit its own word, the same as the change column', () => {
    expect(trendText(move(-1.3, 'dårligere'), 'poeng')).toBe('ned 1,3\u00a0poeng siden 2020 (dårligere)');
    expect(trendText(move(2.7, 'dårligere'), 'prosent')).toBe(
      'opp 2,7\u00a0prosentpoeng siden 2020 (dårligere)'
    );
    expect(trendText(move(6, 'bedre'), 'per 10000')).toBe(
      'opp 6,0\u00a0per\u00a010\u00a0000 siden 2020 (bedre)'
    );
    expect(trendText(move(0.2, 'høyere'), 'forholdstall')).toBe('opp 0,2 siden 2020');
  });

  test('a change inside the margin is «om lag uendret», with its signed size', () => {
    expect(trendText(move(-0.4, 'uendret'), 'prosent')).toBe(
      'om lag uendret siden 2020 (−0,4\u00a0prosentpoeng)'
    );
  });
});
