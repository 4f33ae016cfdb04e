// A chart spec (charts/spec.ts) drawn for a width: the one place that picks the chart's builder, used by the build
// (hooks.server.ts), by the browser when it draws a chart itself, and by the chart tests.
import type * as Plot from '@observablehq/plot';
import { choropleth } from './choropleth';
import { rankingChart } from './ranking';
import { sparkline } from './sparkline';
import { drawChart } from './render';
import type { ChartSpec } from './spec';
import { trend } from './trend';

/** Plot options for `spec` at `width` px (a sparkline keeps its own size). */
export function plotOptions(spec: ChartSpec, width: number): Plot.PlotOptions {
  switch (spec.kind) {
    case 'sparkline':
      return sparkline(spec.points, spec.unit);
    case 'trend':
      return trend(spec.points, { ...spec.options, width });
    case 'ranking':
      return { ...rankingChart(spec.rows, spec.indicator, spec.options), width };
    case 'choropleth':
      return { ...choropleth(spec.map, spec.rows, spec.indicator, spec.options), width };
  }
}

/** The chart for `spec` at `width` px, drawn into `document` (the page's, or a server-side DOM's). */
export function drawSpec(spec: ChartSpec, width: number, document?: Document): Element {
  return drawChart(plotOptions(spec, width), document);
}
