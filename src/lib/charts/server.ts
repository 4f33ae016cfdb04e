// What the server (prerender) draws with: set by hooks.server.ts, empty in the browser. No Plot import here, so a
// component can ask for its build-time SVG without pulling Plot into the page's first scripts.
import type * as Plot from '@observablehq/plot';
import type { SeriesPoint } from '$lib/model/series';
import type { Unit } from '$lib/dataset/schema';

export const serverPlot: {
  render?: (options: Plot.PlotOptions) => string;
  sparkline?: (points: SeriesPoint[], unit: Unit) => string;
} = {};
