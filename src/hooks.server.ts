// Server (prerender) setup: Observable Plot renders charts into a server-side DOM, as static SVG in the HTML.
import { parseHTML } from 'linkedom';
import { serverPlot } from '$lib/charts/server';
import { drawSpec } from '$lib/charts/build';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

serverPlot.chart = (spec, width) => drawSpec(spec, width, document).outerHTML;

/** No <link rel="modulepreload"> in the prerendered pages: on a slow phone two dozen preloaded scripts hold back first
 * paint (Lighthouse counts them as render-blocking); the numbers are in the HTML, and the scripts still load, after it. */
export const handle: import('@sveltejs/kit').Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => html.replace(/<link href="[^"]*" rel="modulepreload">\s*/g, '')
  });
