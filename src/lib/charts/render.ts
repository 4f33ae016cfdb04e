// Drawing a chart: the same function in the browser, at build time (static SVG in the HTML) and in the chart tests.
import * as Plot from '@observablehq/plot';

/**
 * Gives Plot's labelled parts roles that axe accepts, and the chart <svg> role="img" with its aria-label,
 * so a screen reader hears the chart's title; the data table beside it carries the numbers.
 */
export function labelForScreenReaders(plot: Element): void {
  const svg = plot.matches('svg') ? plot : plot.querySelector('svg[aria-label]');
  svg
    ?.querySelectorAll('[aria-label]')
    .forEach((el) => el.setAttribute('role', el.localName === 'g' ? 'group' : 'img'));
  svg?.setAttribute('role', 'img');
}

/** The chart drawn into `document` (the page's, or a server-side DOM's) and labelled for screen readers. */
export function drawChart(options: Plot.PlotOptions, document?: Document): Element {
  const plot = Plot.plot(document ? { ...options, document } : options) as unknown as Element;
  labelForScreenReaders(plot);
  return plot;
}
