// What the server (prerender) draws with: set by hooks.server.ts, empty in the browser. No Plot import here, so a
// component can ask for its build-time SVG without pulling Plot into the page's first scripts.
import type * as Plot from '@observablehq/plot';
import type { SeriesPoint } from '$lib/model/series';
import type { Unit } from '$lib/dataset/schema';

export const serverPlot: {
  render?: (options: Plot.PlotOptions) => string;
  sparkline?: (points: SeriesPoint[], unit: Unit) => string;
} = {};

/** The chart's SVG markup when rendering on the server, else ''. */
export function staticChart(options: Plot.PlotOptions): string {
  return serverPlot.render?.(options) ?? '';
}

/**
 * Whether this component is being hydrated over the build's HTML (the layout marks the page once it has): then the
 * build's drawing is already there, and any non-empty {@html} makes Svelte adopt it as it is.
 */
export function hydratingBuild(): boolean {
  return !import.meta.env.SSR && !document.documentElement.hasAttribute('data-hydrated');
}
