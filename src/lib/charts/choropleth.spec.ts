// The map drawn from test shapes and rows: its markup against the snapshot, classes in words, home outlined.
import { describe, expect, test } from 'vitest';
import { choropleth } from './choropleth';
import { mapClasses } from './county';
import { TEST_MAP, TEST_RANKING, TEST_ROLES, testIndicator } from './fixtures';
import { draw, expectSnapshot } from './snapshot';
import { textWidth } from './textWidth';
import { readFileSync } from 'node:fs';
import type { MunicipalityMap } from './county';

/** The real outlines the site draws (Kartverket), with every municipality in the ranking. */
const REAL_MAP = JSON.parse(readFileSync('data/telemark-kommuner.geojson', 'utf8')) as MunicipalityMap;

const map = (polarity: 'lower-better' | 'neutral') =>
  draw(
    choropleth(TEST_MAP, TEST_RANKING, testIndicator(polarity), {
      home: TEST_ROLES.home,
      title: 'Kart: test'
    })
  );

describe('choropleth', () => {
  test('lower is better: the drawing and its legend match the snapshot', () => {
    expectSnapshot('choropleth-lower-better', map('lower-better'));
  });

  test('classes each municipality against the country in words; a suppressed one «Mangler tall»', () => {
    expect(Object.fromEntries(mapClasses(TEST_RANKING, testIndicator('lower-better')))).toEqual({
      '9901': 'Om lag som landet', // 9,5 vs 8,5: not more than the 1 prosentpoeng margin
      '9902': 'Om lag som landet',
      '9903': 'Dårligere enn landet',
      '9904': 'Bedre enn landet',
      '9905': 'Mangler tall'
    });
    expect(mapClasses(TEST_RANKING, testIndicator('neutral')).get('9903')).toBe('Høyere enn landet');
  });

  test('the legend names only the classes in use, and home alone has the thick named outline', () => {
    const figure = map('lower-better');
    const legend = [...figure.querySelectorAll('div, span')]
      .map((e) => e.textContent?.trim())
      .filter(Boolean);
    expect(legend).toEqual(
      expect.arrayContaining([
        'Bedre enn landet',
        'Om lag som landet',
        'Dårligere enn landet',
        'Mangler tall'
      ])
    );
    expect(figure.textContent).not.toContain('Høyere enn landet');
    const outlined = figure.querySelectorAll('g[stroke-width="3"] path');
    expect([...outlined].map((p) => p.getAttribute('aria-label'))).toEqual(['Testby']);
  });

  test('every shape carries its name, value and class as a <title> for hover and tap', () => {
    const titles = [...map('lower-better').querySelectorAll('g[aria-label="geo"] path title')].map(
      (t) => t.textContent
    );
    expect(titles).toHaveLength(TEST_MAP.features.length);
    expect(titles).toContain('Testby: 9,5\u00a0% (om lag som landet)');
    expect(titles).toContain('Fjordbyen: 12,0\u00a0% (dårligere enn landet)');
    expect(titles).toContain('Dalbygda: – (mangler tall)');
  });

  test.each([300, 360, 472])(
    'at %i px every municipality’s name on the real map stands whole inside the chart',
    (width) => {
      const rows = REAL_MAP.features.map((f, i) => ({
        ...TEST_RANKING[0],
        geo: f.properties.kommunenummer,
        geo_name: f.properties.kommunenavn,
        value: 10 + i
      }));
      const figure = draw({
        ...choropleth(REAL_MAP, rows, testIndicator('lower-better'), { home: '4001', title: 'Kart' }),
        width
      });
      const names = [...figure.querySelectorAll('g[aria-label="text"] text')].map((t) => {
        const x = Number(t.getAttribute('transform')!.match(/translate\((-?[\d.]+),/)![1]);
        const half = textWidth(t.textContent!, 11, true) / 2;
        return { name: t.textContent!, left: x - half, right: x + half };
      });
      expect(names).toHaveLength(REAL_MAP.features.length);
      expect(names.filter((n) => n.left < 0 || n.right > width).map((n) => n.name)).toEqual([]);
    }
  );
});
