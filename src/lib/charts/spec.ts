// Which chart, as plain data: a page says what to draw, and charts/build.ts (with Plot) turns it into Plot options
// for a width. Nothing here imports Plot, so a page's first scripts never carry it: the build draws every chart into
// the HTML, and the browser loads Plot only when it has to draw one itself.
import type { Indicator, Unit } from '$lib/dataset/schema';
import type { SeriesPoint } from '$lib/model/series';
import type { MunicipalityMap } from './county';
import type { TrendOptions } from './trend';

/** The ranking's and the map's own options: the home municipality and the chart's title. */
export interface CountyOptions {
  home: string;
  title: string;
}

export type ChartSpec =
  | { kind: 'sparkline'; points: SeriesPoint[]; unit: Unit } // fixed size (charts/sparkline.ts): no width of its own
  | { kind: 'trend'; points: SeriesPoint[]; options: Omit<TrendOptions, 'width'> }
  | { kind: 'ranking'; rows: SeriesPoint[]; indicator: Indicator; options: CountyOptions }
  | {
      kind: 'choropleth';
      map: MunicipalityMap;
      rows: SeriesPoint[];
      indicator: Indicator;
      options: CountyOptions;
    };
