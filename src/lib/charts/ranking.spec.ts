// The ranking chart drawn from test rows: its SVG against the snapshot, best first by the indicator's polarity.
import { describe, expect, test } from 'vitest';
import { TEST_RANKING, TEST_ROLES, testIndicator } from './fixtures';
import { ranked } from './county';
import { rankingChart } from './ranking';
import { draw, expectSnapshot } from './snapshot';

const chart = (polarity: 'lower-better' | 'higher-better') =>
  draw(
    rankingChart(TEST_RANKING, testIndicator(polarity), { home: TEST_ROLES.home, title: 'Testindikator' })
  );

/** The municipalities' names down the y axis, top first. */
const rows = (svg: Element) =>
  [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')]
    .map((t) => ({ name: t.textContent, y: Number(/,(-?[\d.]+)\)/.exec(t.getAttribute('transform')!)![1]) }))
    .sort((a, b) => a.y - b.y)
    .map((r) => r.name);

describe('ranked', () => {
  test('lower is better: the lowest value first; county, country and suppressed cells left out', () => {
    expect(ranked(TEST_RANKING, testIndicator('lower-better')).map((r) => [r.geo_name, r.value])).toEqual([
      ['Skogbygda', 6.5],
      ['Nabobyen', 8.0],
      ['Testby', 9.5],
      ['Fjordbyen', 12.0]
    ]);
  });

  test('higher is better, and neutral: the highest value first', () => {
    const names = ['Fjordbyen', 'Testby', 'Nabobyen', 'Skogbygda'];
    expect(ranked(TEST_RANKING, testIndicator('higher-better')).map((r) => r.geo_name)).toEqual(names);
    expect(ranked(TEST_RANKING, testIndicator('neutral')).map((r) => r.geo_name)).toEqual(names);
  });
});

describe('rankingChart', () => {
  test('lower is better: the drawing matches its snapshot', () => {
    expectSnapshot('ranking-lower-better', chart('lower-better'));
  });

  test('the rows run best first from the top, for either polarity', () => {
    expect(rows(chart('lower-better'))).toEqual(['Skogbygda', 'Nabobyen', 'Testby', 'Fjordbyen']);
    expect(rows(chart('higher-better'))).toEqual(['Fjordbyen', 'Testby', 'Nabobyen', 'Skogbygda']);
  });

  test('home is the one diamond, named, with its value in bold; the others are plain dots', () => {
    const svg = chart('lower-better');
    const named = [...svg.querySelectorAll('g[aria-label="dot"] [aria-label]')];
    expect(named.map((d) => d.getAttribute('aria-label'))).toEqual(['Testby']);
    const bold = [...svg.querySelectorAll('g[aria-label="text"][font-weight="bold"] text')];
    expect(bold.map((t) => t.textContent)).toEqual(['9,5']);
    expect(svg.querySelectorAll('g[aria-label="dot"] circle').length).toBe(3);
  });

  test('the county and the country are dashed reference lines, each named with its value', () => {
    const svg = chart('lower-better');
    const rules = svg.querySelectorAll('g[aria-label="rule"][stroke-dasharray] line');
    expect(rules.length).toBe(2);
    const texts = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Testfylket 9,0', 'Testlandet 8,5']));
  });
});
