// Server (prerender) setup: Observable Plot renders charts into a server-side DOM, as static SVG in the HTML.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { labelForScreenReaders, serverPlot } from '$lib/charts/render';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

serverPlot.render = (options) => {
  const plot = Plot.plot({ ...options, document } as Plot.PlotOptions);
  labelForScreenReaders(plot as unknown as Element);
  return (plot as unknown as Element).outerHTML;
};
