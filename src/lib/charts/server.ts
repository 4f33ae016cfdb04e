// What the server (prerender) draws with: set by hooks.server.ts, empty in the browser. No Plot import here, so a
// component can ask for its build-time SVG without pulling Plot into the page's first scripts.
import type { ChartSpec } from './spec';

export const serverPlot: {
  chart?: (spec: ChartSpec, width: number) => string;
} = {};

/** The chart's SVG markup at `width` px when rendering on the server, else ''. */
export function staticChart(spec: ChartSpec, width: number): string {
  return serverPlot.chart?.(spec, width) ?? '';
}

/**
 * Whether this component is being hydrated over the build's HTML (the layout marks the page once it has): then the
 * build's drawing is already there, and any non-empty {@html} makes Svelte adopt it as it is.
 */
export function hydratingBuild(): boolean {
  return !import.meta.env.SSR && !document.documentElement.hasAttribute('data-hydrated');
}
