// A line chart of an indicator over time: home emphasised, each line told apart by dash, marker and label.
import * as Plot from '@observablehq/plot';
import type { Unit } from '$lib/dataset/schema';
import type { SeriesPoint } from '$lib/model/series';
import { number, unitLabel } from '$lib/format';
import { endLabelMarks, FONT_SIZE, rightMargin, share, type EndLabel } from './endLabels';
import { textWidth } from './textWidth';
import { thinTicks } from './ticks';

const MARGIN_LEFT = 48;
const extent = (v: number[]): [number, number] => [Math.min(...v), Math.max(...v)];

/** How one geography's line is drawn; colour is never the only difference. */
export interface LineStyle {
  stroke: string;
  strokeWidth: number;
  dash: string;
  marker: 'circle-fill' | 'circle-stroke' | 'dot';
}

const HOME: LineStyle = { stroke: '#0b57a4', strokeWidth: 3.5, dash: 'none', marker: 'circle-fill' };
const COUNTY: LineStyle = { stroke: '#8a4600', strokeWidth: 2, dash: '7,4', marker: 'dot' };
const COUNTRY: LineStyle = { stroke: '#3d3d3d', strokeWidth: 2, dash: '2,3', marker: 'circle-stroke' };
// The county a municipality belonged to before (38 Vestfold og Telemark): its own dash, never the county's line.
const FORMER_COUNTY: LineStyle = {
  stroke: '#8a4600',
  strokeWidth: 2,
  dash: '10,3,2,3',
  marker: 'circle-stroke'
};
const OTHERS = ['#6a3d9a', '#1b7a3e', '#b3206b', '#7a5c00', '#0f6e74', '#a33a1a'];

/**
 * The style for a geography: home, county and country fixed, a second county (the former one, when `roles.county`
 * names the current one) dashed apart from it; added municipalities cycle.
 */
export function lineStyle(
  geo: string,
  roles: { home: string; country: string; county?: string },
  index: number
): LineStyle {
  if (geo === roles.home) return HOME;
  if (geo === roles.country) return COUNTRY;
  if (geo.length === 2) return roles.county && geo !== roles.county ? FORMER_COUNTY : COUNTY;
  return { stroke: OTHERS[index % OTHERS.length], strokeWidth: 1.5, dash: '1,0', marker: 'dot' };
}

/** What a trend shows besides its points. */
export interface TrendOptions {
  geos: string[];
  home: string;
  country: string;
  unit: Unit;
  title: string;
  width?: number;
  baseline?: { year: number; label: string };
  target?: { value: number; label: string };
  breaks?: { year: number }[]; // the source's breaks (model/breaks.ts): a dashed rule midway, labelled «brudd»
}

/**
 * Plot options for a trend: x = year (last year of the period), y = value in `unit`; a null value
 * breaks the line (a gap), it is never drawn as 0. `geos` gives the drawing order, home last (on top).
 */
export function trend(points: SeriesPoint[], opts: TrendOptions): Plot.PlotOptions {
  const order = [...opts.geos.filter((g) => g !== opts.home), opts.home];
  const width = opts.width ?? 640;
  const marks: Plot.Markish[] = [Plot.frame({ anchor: 'bottom', stroke: '#767676' })];
  const ends: EndLabel[] = [];
  order.forEach((geo, i) => {
    const rows = points.filter((p) => p.geo === geo);
    if (rows.length === 0) return;
    const s = lineStyle(geo, { ...opts, county: opts.geos.find((g) => g.length === 2) }, i);
    const last = rows.filter((r) => r.value != null).at(-1);
    marks.push(
      Plot.line(rows, {
        x: 'year',
        y: 'value',
        stroke: s.stroke,
        strokeWidth: s.strokeWidth,
        strokeDasharray: s.dash,
        marker: s.marker,
        ariaLabel: () => rows[0].geo_name
      })
    );
    if (last)
      ends.push({ year: last.year, value: last.value!, name: last.geo_name, bold: geo === opts.home, ...s });
  });
  const baseline = opts.baseline && { ...opts.baseline, label: baselineLabel(opts.baseline.label, width) };
  marks.push(...endLabelMarks(ends, width, baseline ? baseline.label.split('\n').length : 0));
  // the baseline's marks go here, once the x scale is known (below): under the breaks, the target and the tip
  const baselineAt = marks.length;
  for (const b of opts.breaks ?? []) {
    // the break is also said in words in the caption (breakText): the rule and its label are never the only sign
    marks.push(
      Plot.ruleX([b.year], { stroke: '#3d3d3d', strokeWidth: 1.5, strokeDasharray: '1,3' }),
      Plot.text([b], { x: 'year', text: () => 'brudd', frameAnchor: 'bottom', dy: -4, fill: '#3d3d3d' })
    );
  }
  if (opts.target) {
    marks.push(
      Plot.ruleY([opts.target.value], { stroke: '#0d5c2e', strokeWidth: 2 }),
      Plot.text([opts.target], {
        y: 'value',
        text: 'label',
        frameAnchor: 'left',
        dx: 4,
        dy: -8,
        fill: '#0d5c2e',
        textAnchor: 'start'
      })
    );
  }
  marks.push(
    Plot.tip(
      points.filter((p) => p.value != null),
      Plot.pointer({
        x: 'year',
        y: 'value',
        title: (r: SeriesPoint) => `${r.geo_name}, ${r.period}: ${number(r.value!)}`
      })
    )
  );
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const domain = extent([...years, ...(opts.baseline ? [opts.baseline.year] : [])]);
  const yearWidth = (y: number) => textWidth(String(y), FONT_SIZE);
  // the newest year's tick is centred on the frame's right edge: half of it stands in the margin
  const least = yearWidth(domain[1]) / 2 + 2;
  const marginRight = rightMargin(ends, { width, marginLeft: MARGIN_LEFT, domain, least });
  const x = (y: number) => MARGIN_LEFT + share(y, domain) * (width - MARGIN_LEFT - marginRight);
  if (baseline) marks.splice(baselineAt, 0, ...baselineMarks(baseline, { x, width }));
  return {
    width,
    height: 320,
    marginRight,
    marginLeft: MARGIN_LEFT,
    ariaLabel: opts.title,
    x: {
      label: null,
      domain,
      tickFormat: 'd',
      ticks: thinTicks(years, { x, width: yearWidth, gap: 6 })
    },
    y: {
      label: unitLabel(opts.unit),
      grid: true,
      zero: false,
      tickFormat: (v: number) => number(v).replace(/,0$/, '')
    },
    style: { fontSize: `${FONT_SIZE}px`, fontFamily: 'inherit' },
    marks
  };
}

/** The baseline's label, broken before its period when one line is wider than the frame in the widest font. */
function baselineLabel(label: string, width: number): string {
  return textWidth(label, FONT_SIZE) > width - MARGIN_LEFT - 4 ? label.replace(' (', '\n(') : label;
}

/**
 * The plan's baseline: a dashed rule at its year and its label (one or two lines) at the top of the frame, centred
 * on the rule but moved so that it stays between the y axis's ticks and the chart's right edge.
 */
function baselineMarks(
  baseline: { year: number; label: string },
  { x, width }: { x: (year: number) => number; width: number }
): Plot.Markish[] {
  const w = Math.max(...baseline.label.split('\n').map((l) => textWidth(l, FONT_SIZE)));
  const centre = x(baseline.year);
  const shift = Math.max(0, MARGIN_LEFT + 2 - (centre - w / 2)) - Math.max(0, centre + w / 2 - (width - 2));
  return [
    Plot.ruleX([baseline.year], { stroke: '#5a4300', strokeDasharray: '3,3' }),
    Plot.text([baseline], {
      x: 'year',
      text: 'label',
      frameAnchor: 'top',
      // below the y axis's label («↑ prosent»), which stands in the top margin at the left
      dy: 2,
      dx: shift,
      fill: '#5a4300',
      stroke: 'white',
      strokeWidth: 4,
      paintOrder: 'stroke',
      textAnchor: 'middle'
    })
  ];
}
