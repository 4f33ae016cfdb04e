// TEST DATA for the chart tests: made-up places and values, never a real figure. Codes 99xx are no real municipality.
import type { Indicator } from '$lib/dataset/schema';
import type { SeriesPoint } from '$lib/model/series';
import type { MunicipalityMap } from './county';

/** The made-up roles: home, its county and the country, as the charts are told them. */
export const TEST_ROLES = { home: '9901', county: '99', country: '0' };

/** A made-up row; `value` null means suppressed, with a reason. */
export function testPoint(geo: string, geo_name: string, year: number, value: number | null): SeriesPoint {
  return {
    geo,
    geo_name,
    period: String(year),
    year,
    value,
    missing: value === null ? 'skjermet (testdata)' : null,
    note: null,
    source: 'testdata'
  };
}

const yearly = (geo: string, name: string, values: (number | null)[]) =>
  values.map((v, i) => testPoint(geo, name, 2019 + i, v));

/** Four years for home, county and country; home has a suppressed year (a gap, never 0). */
export const TEST_TREND: SeriesPoint[] = [
  ...yearly('9901', 'Testby', [12.5, 11.0, null, 9.5]),
  ...yearly('99', 'Testfylket', [10.0, 10.5, 10.0, 9.0]),
  ...yearly('0', 'Testlandet', [8.0, 8.5, 9.0, 8.5])
];

/** Two added municipalities beside the base lines. */
export const TEST_ADDED: SeriesPoint[] = [
  ...yearly('9902', 'Nabobyen', [7.0, 7.5, 8.0, 8.0]),
  ...yearly('9903', 'Fjordbyen', [14.0, 13.0, 13.5, 12.0])
];

/** One year for five municipalities (one suppressed), the county and the country: a ranking's input. */
export const TEST_RANKING: SeriesPoint[] = [
  testPoint('9901', 'Testby', 2022, 9.5),
  testPoint('9902', 'Nabobyen', 2022, 8.0),
  testPoint('9903', 'Fjordbyen', 2022, 12.0),
  testPoint('9904', 'Skogbygda', 2022, 6.5),
  testPoint('9905', 'Dalbygda', 2022, null),
  testPoint('99', 'Testfylket', 2022, 9.0),
  testPoint('0', 'Testlandet', 2022, 8.5)
];

/** A made-up indicator in percent; `polarity` chosen per test. */
export function testIndicator(polarity: Indicator['polarity']): Indicator {
  return { id: 'testindikator', name: 'Testindikator', unit: 'prosent', polarity } as Indicator;
}

/** Five made-up municipalities as squares in a row, near 9° E 59° N (where the map's projection is centred). */
export const TEST_MAP: MunicipalityMap = {
  type: 'FeatureCollection',
  features: ['Testby', 'Nabobyen', 'Fjordbyen', 'Skogbygda', 'Dalbygda'].map((name, i) => ({
    type: 'Feature',
    properties: { kommunenummer: `990${i + 1}`, kommunenavn: name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [8 + i * 0.4, 59],
          [8 + i * 0.4, 59.3],
          [8.4 + i * 0.4, 59.3],
          [8.4 + i * 0.4, 59],
          [8 + i * 0.4, 59]
        ]
      ]
    }
  }))
};

/** Eight three-year periods where home, county and country end close together, and a county with a long name. */
export const TEST_CLOSE: SeriesPoint[] = [
  ['9901', 'Testby', [5.4, 5.3, 6.1, 7.1, 9.2, 9.8, 9.1, 9.0]],
  ['99', 'Testfylket', [6.0, 5.3, 5.3, 5.5, 6.9, 7.7, 8.4, 8.9]],
  ['98', 'Gamle Testfylket og Nabofylket', [5.8, 5.6, 5.9, 6.4, 7.2, 8.0, 8.6, 8.8]],
  ['0', 'Testlandet', [5.7, 5.7, 5.9, 6.2, 7.0, 8.4, 8.9, 9.1]]
].flatMap(([geo, name, values]) =>
  (values as number[]).map((v, i) => ({
    ...testPoint(geo as string, name as string, 2016 + i, v),
    period: `${2014 + i}-${2016 + i}`
  }))
);
