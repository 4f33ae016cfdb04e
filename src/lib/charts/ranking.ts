// A ranked dot chart of the Telemark municipalities, best first, with Telemark and Norway as reference lines.
import * as Plot from '@observablehq/plot';
import type { Indicator } from '$lib/dataset/schema';
import type { SeriesPoint } from '$lib/model/series';
import { number, unitLabel } from '$lib/format';
import { ranked } from './county';

/**
 * Plot options: one dot per municipality on its own row, home larger and labelled in bold;
 * vertical rules for the county and Norway, each named at the top.
 */
export function rankingChart(
  rows: SeriesPoint[],
  indicator: Indicator,
  opts: { home: string; title: string }
): Plot.PlotOptions {
  const munis = ranked(rows, indicator);
  const refs = rows.filter((r) => r.geo.length <= 2 && r.value != null);
  const isHome = (r: SeriesPoint) => r.geo === opts.home;
  return {
    height: 26 * munis.length + 60,
    marginLeft: 110,
    marginRight: 48,
    marginTop: 44,
    ariaLabel: opts.title,
    x: {
      label: unitLabel(indicator.unit),
      grid: true,
      tickFormat: (v: number) => number(v).replace(/,0$/, '')
    },
    y: { label: null, domain: munis.map((r) => r.geo_name) },
    style: { fontSize: '13px', fontFamily: 'inherit' },
    marks: [
      Plot.ruleX(refs, { x: 'value', stroke: '#3d3d3d', strokeDasharray: '4,3' }),
      Plot.text(refs.slice(0, 1), {
        x: 'value',
        text: (r: SeriesPoint) => `${r.geo_name} ${number(r.value!)}`,
        frameAnchor: 'top',
        dy: -30
      }),
      Plot.text(refs.slice(1), {
        x: 'value',
        text: (r: SeriesPoint) => `${r.geo_name} ${number(r.value!)}`,
        frameAnchor: 'top',
        dy: -16
      }),
      Plot.ruleY(munis, {
        y: 'geo_name',
        x1: () => Math.min(...munis.map((m) => m.value!)),
        x2: 'value',
        stroke: '#d0d0d0'
      }),
      Plot.dot(
        munis.filter((r) => !isHome(r)),
        { x: 'value', y: 'geo_name', r: 4.5, fill: '#5c5c5c' }
      ),
      Plot.text(
        munis.filter((r) => !isHome(r)),
        { x: 'value', y: 'geo_name', text: (r: SeriesPoint) => number(r.value!), dx: 10, textAnchor: 'start' }
      ),
      Plot.dot(munis.filter(isHome), {
        x: 'value',
        y: 'geo_name',
        r: 7,
        fill: '#0b57a4',
        symbol: 'diamond',
        ariaLabel: 'geo_name'
      }),
      Plot.text(munis.filter(isHome), {
        x: 'value',
        y: 'geo_name',
        text: (r: SeriesPoint) => number(r.value!),
        dx: 12,
        textAnchor: 'start',
        fontWeight: 'bold'
      })
    ]
  };
}
