// Server (prerender) setup: Observable Plot renders charts into a server-side DOM, as static SVG in the HTML.
import { parseHTML } from 'linkedom';
import { drawChart, serverPlot } from '$lib/charts/render';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

serverPlot.render = (options) => drawChart(options, document).outerHTML;
