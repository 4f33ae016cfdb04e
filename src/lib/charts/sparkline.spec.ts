// The sparkline drawn from test rows: its SVG against the snapshot, and its words for a screen reader.
import { describe, expect, test } from 'vitest';
import { HOME } from '$lib/dataset/schema';
import { TEST_TREND, testPoint } from './fixtures';
import { draw, expectSnapshot } from './snapshot';
import { sparkline, sparklineText } from './sparkline';

const home = TEST_TREND.filter((p) => p.geo === '9901');

describe('sparkline', () => {
  test('a series with a gap: the drawing matches its snapshot', () => {
    expectSnapshot('sparkline-gap', draw(sparkline(home, 'prosent')));
  });

  test('says the first and last period with values, on the SVG itself', () => {
    const svg = draw(sparkline(home, 'prosent'));
    expect(svg.getAttribute('aria-label')).toBe(`${HOME.name} fra 12,5\u00a0% i 2019 til 9,5\u00a0% i 2022`);
    expect(svg.getAttribute('role')).toBe('img');
  });

  test('every value has a dot, the newest a larger one, so a value between two gaps still shows', () => {
    const alone = [
      testPoint('9901', 'Testby', 2019, null),
      testPoint('9901', 'Testby', 2020, 4),
      testPoint('9901', 'Testby', 2021, null)
    ];
    const svg = draw(sparkline(alone, 'prosent'));
    const radii = [...svg.querySelectorAll('g[aria-label="dot"] circle')].map((c) => c.getAttribute('r'));
    expect(radii).toEqual(['2', '3']);
    expect(draw(sparkline(home, 'prosent')).querySelectorAll('g[aria-label="dot"] circle').length).toBe(4);
  });

  test('names one value once, and says when there is none', () => {
    expect(sparklineText([testPoint('9901', 'Testby', 2020, 4)], 'prosent')).toBe(
      `${HOME.name} 4,0\u00a0% i 2020`
    );
    expect(sparklineText([testPoint('9901', 'Testby', 2020, null)], 'prosent')).toBe(
      `Ingen verdier for ${HOME.name}`
    );
  });
});
